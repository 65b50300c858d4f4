namespace KpiTracker.Targets;

/// <summary>A number with its unit, e.g. 90 分钟 or 8.78 万元.</summary>
public readonly record struct Quantity(decimal Value, Unit Unit)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + Unit.Symbol;
}
