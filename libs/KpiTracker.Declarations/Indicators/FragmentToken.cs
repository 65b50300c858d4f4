namespace KpiTracker.Declarations;

/// <summary>A cell fragment of an untabbed indicator table, classified, with the line it starts on.</summary>
internal readonly record struct FragmentToken(FragmentTokenKind Kind, string Text, int Line);
