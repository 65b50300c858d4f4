namespace KpiTracker.Declarations;

/// <summary>
/// Everything an import will do, decided before the first request: the departments to register,
/// the projects and their indicators as request bodies, what is skipped and the parser's problems.
/// </summary>
public sealed record ImportPlan
{
    public DepartmentBody? Parent { get; init; }
    public required DepartmentBody Department { get; init; }
    public required int FiscalYear { get; init; }
    public IReadOnlyList<PlannedProject> Projects { get; init; } = [];
    public IReadOnlyList<SkippedItem> Skipped { get; init; } = [];

    /// <summary>Decisions the importer took for the user (a department code assumed, a type chosen).</summary>
    public IReadOnlyList<ImportNote> Notes { get; init; } = [];

    /// <summary>The parser's problems (errors and warnings), with their lines.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>Hex SHA-256 of the source file: the root of every Idempotency-Key of this import.</summary>
    public required string ContentHash { get; init; }
}
