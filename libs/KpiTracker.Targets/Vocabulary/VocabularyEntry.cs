namespace KpiTracker.Targets;

/// <summary>One enum value with its API code, its Chinese label and other spellings seen in real forms.</summary>
internal sealed record VocabularyEntry(int Value, string Code, string Label, string[] Aliases);
