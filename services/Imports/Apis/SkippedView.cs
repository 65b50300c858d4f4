namespace KpiTracker.Imports.Apis;

/// <summary>Something of the document a run leaves out, why, and the field that made it so (target, level1 …) when one did.</summary>
public sealed record SkippedView(int Line, string What, string Why, string? Field);
