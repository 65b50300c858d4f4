namespace KpiTracker.Declarations;

/// <summary>The labelled fields of a project form's basic data (基本信息).</summary>
internal enum ProjectField
{
    Name,
    CompetentDepartment,
    ExecutingUnit,
    Leader,
    Phone,
    Type,
    Rationale,
    Content,
    TotalBudget,
    AnnualBudget,
    PreviousBudgets,
    CalculationBasis,
    OverallGoal,
}
