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
    DateOnly? FilledDate, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool LongTerm,
    string Status, string StatusLabel, string? ReturnReason, IReadOnlyList<DeclarationReviewView> Reviews)
{
    public static ProjectView From(Project p) => new(
        p.Id, p.Version, p.DepartmentCode, p.DepartmentPath, p.FiscalYear, p.Name,
        p.CompetentDepartment, p.ExecutingUnit, new LeaderDto(p.LeaderName, p.LeaderPhone),
        Vocabulary.Code(p.Type), Vocabulary.Label(p.Type), p.StartYear, p.EndYear,
        p.Rationale, p.Content, p.CalculationBasis, p.PreviousBudgets, p.OverallGoal,
        p.TotalBudget, p.AnnualBudget,
        p.Funding.Select(f => new FundingView(Vocabulary.Code(f.Source), Vocabulary.Label(f.Source), f.Amount)).ToList(),
        p.Expenses, p.OwnerIds, p.FilledDate, p.Archived, p.CreatedAt, p.UpdatedAt, p.LongTerm,
        Vocabulary.Code(p.Status), Vocabulary.Label(p.Status),
        p.Status == DeclarationStatus.Returned ? p.Reviews.LastOrDefault(r => r.To == Vocabulary.Code(DeclarationStatus.Returned))?.Reason : null,
        p.Reviews.Select(DeclarationReviewView.Of).ToList());
}

/// <summary>One step of the approval chain as the API shows it, with the labels of both statuses.</summary>
public sealed record DeclarationReviewView(
    string Action, string From, string FromLabel, string To, string ToLabel, string? Reason, string By, string ByName, DateTimeOffset At)
{
    public static DeclarationReviewView Of(DeclarationReview r) => new(
        r.Action, r.From, Vocabulary.Label(Vocabulary.Parse<DeclarationStatus>(r.From)),
        r.To, Vocabulary.Label(Vocabulary.Parse<DeclarationStatus>(r.To)), r.Reason, r.By, r.ByName, r.At);
}

/// <summary>The body of submit, approve and return: a reason (required to return, optional otherwise).</summary>
public sealed record DeclarationReviewRequest(string? Reason);

/// <summary>How many visible projects stand in each status, over the whole filter but the status itself.</summary>
public sealed record StatusCounts(int Draft, int Submitted, int Approved, int Returned);

/// <summary>A page of projects, as every list, with the status counts the list's tabs show (待送审 / 已送审 / 被退回 / 已批复).</summary>
public sealed record ProjectList(IReadOnlyList<ProjectView> Items, int Page, int PageSize, int Total, StatusCounts Counts);

public sealed record DepartmentRequest(string? Code, string? Name, string? ParentCode);

public sealed record DepartmentView(string Code, string Name, string? ParentCode, IReadOnlyList<string> Path)
{
    public static DepartmentView From(Department d) => new(d.Code, d.Name, d.ParentCode, d.Path);
}
