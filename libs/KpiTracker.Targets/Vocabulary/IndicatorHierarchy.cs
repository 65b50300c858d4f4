namespace KpiTracker.Targets;

/// <summary>
/// Which 二级指标 may sit under which 一级指标 (validation helper). Satisfaction is also allowed
/// under benefit because the pre-2021 framework filed 服务对象满意度 there (see the 2020 seed's note).
/// </summary>
public static class IndicatorHierarchy
{
    private static readonly Level2[] Output = [Level2.Quantity, Level2.Quality, Level2.Timeliness, Level2.Cost];
    private static readonly Level2[] Cost = [Level2.EconomicCost, Level2.SocialCost, Level2.EcologicalCost];
    private static readonly Level2[] Benefit =
        [Level2.Economic, Level2.Social, Level2.Ecological, Level2.Sustainability, Level2.Satisfaction];
    private static readonly Level2[] Satisfaction = [Level2.Satisfaction];

    public static IReadOnlyList<Level2> AllowedLevel2(Level1 level1) => level1 switch
    {
        Level1.Output => Output,
        Level1.Cost => Cost,
        Level1.Benefit => Benefit,
        Level1.Satisfaction => Satisfaction,
        _ => [],
    };

    public static bool IsAllowed(Level1 level1, Level2 level2) => AllowedLevel2(level1).Contains(level2);

    /// <summary>
    /// The level 1 a level 2 is first of all a part of: satisfaction is allowed under benefit too, but it is
    /// a satisfaction indicator; the older forms' 成本指标 (cost) is an output indicator.
    /// </summary>
    public static Level1 FamilyOf(Level2 level2) => level2 switch
    {
        Level2.Quantity or Level2.Quality or Level2.Timeliness or Level2.Cost => Level1.Output,
        Level2.Economic or Level2.Social or Level2.Ecological or Level2.Sustainability => Level1.Benefit,
        Level2.Satisfaction => Level1.Satisfaction,
        _ => Level1.Cost,
    };
}
