namespace KpiTracker.Declarations;

/// <summary>How the forms label each <see cref="ProjectField"/> (after <see cref="TextNormalizer.Key"/>).</summary>
internal static class ProjectFieldLabels
{
    private static readonly Dictionary<string, ProjectField> Labels = new()
    {
        ["项目名称"] = ProjectField.Name,
        ["项目主管部门"] = ProjectField.CompetentDepartment,
        ["主管部门"] = ProjectField.CompetentDepartment,
        ["项目执行单位"] = ProjectField.ExecutingUnit,
        ["执行单位"] = ProjectField.ExecutingUnit,
        ["项目实施单位"] = ProjectField.ExecutingUnit,
        ["实施单位"] = ProjectField.ExecutingUnit,
        ["项目负责人"] = ProjectField.Leader,
        ["联系电话"] = ProjectField.Phone,
        ["项目类型"] = ProjectField.Type,
        ["项目申请理由"] = ProjectField.Rationale,
        ["申请理由"] = ProjectField.Rationale,
        ["项目主要内容"] = ProjectField.Content,
        ["主要内容"] = ProjectField.Content,
        ["项目总预算"] = ProjectField.TotalBudget,
        ["项目当年预算"] = ProjectField.AnnualBudget,
        ["项目本年度预算"] = ProjectField.AnnualBudget,
        ["当年预算"] = ProjectField.AnnualBudget,
        ["项目前两年预算及当年预算变动情况"] = ProjectField.PreviousBudgets,
        ["前两年预算及当年预算变动情况"] = ProjectField.PreviousBudgets,
        ["测算依据及说明"] = ProjectField.CalculationBasis,
        ["测算依据"] = ProjectField.CalculationBasis,
        ["项目绩效总目标"] = ProjectField.OverallGoal,
        ["项目年度绩效目标"] = ProjectField.OverallGoal,
        ["年度绩效目标"] = ProjectField.OverallGoal,
        ["绩效总目标"] = ProjectField.OverallGoal,
    };

    public static bool TryGet(string key, out ProjectField field) => Labels.TryGetValue(key, out field);

    public static bool IsLabel(string key) => Labels.ContainsKey(key);

    /// <summary>The first label of a field, as problems name it.</summary>
    public static string NameOf(ProjectField f) => Labels.First(kv => kv.Value == f).Key;

    /// <summary>Free text, which may run over several lines and keeps its spaces between words.</summary>
    public static bool IsText(ProjectField f) =>
        f is ProjectField.Rationale or ProjectField.Content or ProjectField.PreviousBudgets or ProjectField.CalculationBasis or ProjectField.OverallGoal;
}
