namespace KpiTracker.Declarations.Api;

/// <summary>A planned indicator after the import: its id when it was created or found, else why not.</summary>
public sealed record ImportedIndicator(PlannedIndicator Planned, ImportOutcome Outcome, string? Id = null, string? Detail = null);
