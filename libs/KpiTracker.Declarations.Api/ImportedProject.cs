namespace KpiTracker.Declarations.Api;

/// <summary>A project as it stands after the import: its id (null when it failed), and each of its indicators.</summary>
public sealed record ImportedProject(string Name, string? Id, bool IsDepartmentGoals, ImportOutcome Outcome)
{
    public int Line { get; init; }

    /// <summary>Why it failed, as the API said it.</summary>
    public string? Detail { get; init; }

    public IReadOnlyList<ImportedIndicator> Indicators { get; init; } = [];

    /// <summary>As `kpi import` prints it: created, existing (some indicators failed), failed.</summary>
    public string OutcomeText => Outcome switch
    {
        ImportOutcome.Created => "created",
        ImportOutcome.Exists when Indicators.Any(i => i.Outcome == ImportOutcome.Failed) => "existing, some indicators failed",
        ImportOutcome.Exists => "existing",
        _ => "failed",
    };
}
