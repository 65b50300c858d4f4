namespace KpiTracker.Targets;

/// <summary>A parser of normalised text: the original, its normal form and, per normal character, its index in the original.</summary>
public delegate T NormalizedParser<T>(string text, ReadOnlySpan<char> normal, ReadOnlySpan<int> map);
