namespace KpiTracker.Projects.Apis;

public sealed record ProjectView(
    Guid Id, long Version, string DepartmentCode, IReadOnlyList<string> DepartmentPath, int FiscalYear, string Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderDto Leader,
    string Type, string TypeLabel, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal AnnualBudget,
    IReadOnlyList<FundingView> Funding, IReadOnlyList<Expense> Expenses, IReadOnlyList<string> OwnerIds,
    DateOnly? FilledDate, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool LongTerm,
    string Status, string StatusLabel, string? ReturnReason, IReadOnlyList<DeclarationReviewView> Reviews,
    decimal? BasicExpenditure, decimal? ProjectExpenditure)
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
        p.Reviews.Select(DeclarationReviewView.Of).ToList(),
        p.BasicExpenditure, p.ProjectExpenditure);
}
