namespace KpiTracker.Targets;

/// <summary>
/// What kind of indicator a target is written for, where that changes its meaning: on a 成本指标
/// (the 2021+ cost level-1, or a cost level-2 under output) a bare amount of money is a ceiling.
/// </summary>
public readonly record struct TargetContext(Level1? Level1 = null, Level2? Level2 = null)
{
    public bool IsCost => Level1 == Targets.Level1.Cost
        || Level2 is Targets.Level2.Cost or Targets.Level2.EconomicCost or Targets.Level2.SocialCost or Targets.Level2.EcologicalCost;
}
