namespace KpiTracker.Projects.Model;

/// <summary>What other services learn about a project: the replicated part of its state.</summary>
public static class ProjectSnapshots
{
    public static ProjectSnapshot ToSnapshot(this Project p) => new(
        p.Id, p.Version, p.DepartmentCode, p.DepartmentPath, p.FiscalYear, p.Name,
        p.CompetentDepartment, p.ExecutingUnit, p.LeaderName, p.LeaderPhone,
        Vocabulary.Code(p.Type), p.TotalBudget, p.AnnualBudget,
        p.Funding.Select(f => new FundingLine(Vocabulary.Code(f.Source), f.Amount)).ToList(),
        p.OverallGoal, p.OwnerIds, p.Archived, p.LongTerm, Vocabulary.Code(p.Status),
        p.BasicExpenditure, p.ProjectExpenditure);

    public static DepartmentRegistered ToEvent(this Department d) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, d.Code, d.Name, d.ParentCode, d.Path);
}
