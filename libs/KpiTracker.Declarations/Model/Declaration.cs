namespace KpiTracker.Declarations;

/// <summary>
/// What <see cref="DeclarationTextParser.Parse"/> or <see cref="XlsxDeclaration.Read"/> read from one budget disclosure. <see cref="Problems"/>
/// holds every problem, document-wide ones and those of each project and of the department goals.
/// </summary>
public sealed record Declaration
{
    public string? DepartmentName { get; init; }

    /// <summary>Department code (e.g. "18001") when a table row gives it beside the department's name.</summary>
    public string? DepartmentCode { get; init; }

    public int? FiscalYear { get; init; }
    public IReadOnlyList<ProjectDeclaration> Projects { get; init; } = [];
    public DepartmentGoalDeclaration? DepartmentGoals { get; init; }
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
