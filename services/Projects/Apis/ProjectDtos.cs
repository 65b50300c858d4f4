using KpiTracker.Projects.Model;
using KpiTracker.Targets;

namespace KpiTracker.Projects.Apis;

public sealed record LeaderDto(string? Name, string? Phone);
public sealed record FundingDto(string? Source, decimal? Amount);
public sealed record ExpenseDto(string? Item, decimal? Amount);

/// <summary>The body of POST and PUT /api/projects, as API.md shapes it. Everything nullable: we say what is missing.</summary>
public sealed record ProjectRequest(
    string? DepartmentCode, int? FiscalYear, string? Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderDto? Leader,
    string? Type, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal? AnnualBudget,
    List<FundingDto?>? Funding, List<ExpenseDto?>? Expenses, List<string?>? OwnerIds, DateOnly? FilledDate,
    bool? LongTerm = null);

public sealed record FundingView(string Source, string SourceLabel, decimal Amount);

public sealed record ProjectView(
    Guid Id, long Version, string DepartmentCode, IReadOnlyList<string> DepartmentPath, int FiscalYear, string Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderDto Leader,
    string Type, string TypeLabel, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal AnnualBudget,
    IReadOnlyList<FundingView> Funding, IReadOnlyList<Expense> Expenses, IReadOnlyList<string> OwnerIds,
    DateOnly? FilledDate, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool LongTerm)
{
    public static ProjectView From(Project p) => new(
        p.Id, p.Version, p.DepartmentCode, p.DepartmentPath, p.FiscalYear, p.Name,
        p.CompetentDepartment, p.ExecutingUnit, new LeaderDto(p.LeaderName, p.LeaderPhone),
        Vocabulary.Code(p.Type), Vocabulary.Label(p.Type), p.StartYear, p.EndYear,
        p.Rationale, p.Content, p.CalculationBasis, p.PreviousBudgets, p.OverallGoal,
        p.TotalBudget, p.AnnualBudget,
        p.Funding.Select(f => new FundingView(Vocabulary.Code(f.Source), Vocabulary.Label(f.Source), f.Amount)).ToList(),
        p.Expenses, p.OwnerIds, p.FilledDate, p.Archived, p.CreatedAt, p.UpdatedAt, p.LongTerm);
}

public sealed record DepartmentRequest(string? Code, string? Name, string? ParentCode);

public sealed record DepartmentView(string Code, string Name, string? ParentCode, IReadOnlyList<string> Path)
{
    public static DepartmentView From(Department d) => new(d.Code, d.Name, d.ParentCode, d.Path);
}
