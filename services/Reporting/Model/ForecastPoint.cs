namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>
/// The latest forecast of one monitoring date: likelihood code, whether reasons or a note explain it, and
/// the expected year-end value as written (E, for the projection; absent on rows summarised before it was kept).
/// </summary>
public sealed record ForecastPoint(string A, string L, bool N, string? E = null);
