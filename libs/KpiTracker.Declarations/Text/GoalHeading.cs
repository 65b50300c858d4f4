namespace KpiTracker.Declarations;

/// <summary>A "长期目标 2：…" or "年度目标 1" heading of the 部门整体支出 form, above its indicator table.</summary>
internal sealed record GoalHeading(int Index, bool LongTerm, int Number, string? Title)
{
    public string Kind => LongTerm ? "长期目标" : "年度目标";
}
