using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>
/// Points of each 一级指标 and of budget execution in the 100-point self-evaluation.
/// Cost is 0 by default: a project with a 成本指标 level-1 must declare weights that give it points.
/// </summary>
public sealed record Level1Weights(decimal Output, decimal Cost, decimal Benefit, decimal Satisfaction, decimal Budget)
{
    public static readonly Level1Weights Default = new(50m, 0m, 30m, 10m, 10m);

    [JsonIgnore]
    public decimal Total => Output + Cost + Benefit + Satisfaction + Budget;

    public decimal Of(Level1 level1) => level1 switch
    {
        Level1.Output => Output,
        Level1.Cost => Cost,
        Level1.Benefit => Benefit,
        _ => Satisfaction,
    };
}
