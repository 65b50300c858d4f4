namespace KpiTracker.Targets;

/// <summary>
/// The progress bands of a light: p ≥ <see cref="Green"/> is green, p ≥ <see cref="Yellow"/> yellow,
/// below red. Regions set them apart for cumulative values (sum, latest: measured against the
/// elapsed share of the year), values that are not cumulative (mean, min, max) and the budget.
/// </summary>
public readonly record struct LightBands(decimal Green, decimal Yellow)
{
    public static readonly LightBands Default = new(0.8m, 0.6m);

    public Light Of(decimal progress) => progress >= Green ? Light.Green : progress >= Yellow ? Light.Yellow : Light.Red;
}
