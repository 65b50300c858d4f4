namespace KpiTracker.Reporting.Queries;

/// <summary>A visible project and its change stamp (0 when it never changed since the stamps began).</summary>
public sealed record ProjectStampView(Guid Id, long Stamp);
