namespace KpiTracker.Targets;

/// <summary>
/// Reads a forecast's expected year-end value (预计完成值) as people write it: a value ("95%",
/// "1.5小时", "2批") or a target-like text ("≥95%", "不少于2批"), whose number counts. Converted to the
/// target's unit; false when it is empty, qualitative or in a unit that does not convert.
/// </summary>
public static class ForecastValue
{
    public static bool TryRead(string? text, Target target, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text) || target.Kind != TargetKind.Quantitative) return false;
        var asValue = ValueParser.Parse(text, target);
        if (asValue.Success)
        {
            value = asValue.Value.Value;
            return true;
        }
        var asTarget = TargetParser.Parse(text);
        if (!asTarget.Success || asTarget.Value.Value is not { } number) return false;
        var unit = asTarget.Value.Unit.IsNone ? target.Unit : asTarget.Value.Unit;
        return UnitConversion.TryConvert(number, unit, target.Unit, out value) == ConversionError.None;
    }
}
