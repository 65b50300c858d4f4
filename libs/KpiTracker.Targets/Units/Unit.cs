namespace KpiTracker.Targets;

/// <summary>
/// A unit as written on a goal form. <see cref="Factor"/> converts to the base of its
/// <see cref="Group"/>; two units convert into each other only when their groups are equal.
/// Groups split a dimension where conversion would be a guess: clock time (分钟/小时/天),
/// calendar time (月/年) and working days (工作日) are all durations but never convert.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    public static readonly Unit None = new("", Dimension.Number, "", 1m);

    internal Unit(string symbol, Dimension dimension, string group, decimal factor)
    {
        Symbol = symbol;
        Dimension = dimension;
        Group = group;
        Factor = factor;
    }

    /// <summary>The unit as it is displayed and stored, e.g. "%", "小时", "万元", "元/人·月"; "" for a bare number.</summary>
    public string Symbol { get; }

    public Dimension Dimension { get; }

    /// <summary>Conversion family: units with the same group convert by <see cref="Factor"/>.</summary>
    public string Group { get; }

    /// <summary>How many base units of the group one of this unit is (小时 = 60 分钟, 万元 = 10000 元).</summary>
    public decimal Factor { get; }

    public bool IsNone => Dimension == Dimension.Number;

    /// <summary>Parses a unit text ("小时", "万元", "元/人·月", "百分比"); never throws.</summary>
    public static bool TryParse(string? text, out Unit unit)
    {
        unit = None;
        if (text is null) return false;
        if (text.Length > 64) return false;
        Span<char> buffer = stackalloc char[text.Length * TextNormalizer.MaxFold];
        Span<int> origin = stackalloc int[buffer.Length];
        var n = TextNormalizer.Normalize(text, buffer, origin);
        if (n == 0) return true;
        var found = UnitCatalog.TryRead(buffer[..n]);
        if (found is null) return false;
        unit = found;
        return true;
    }

    public bool Equals(Unit? other) => other is not null && Symbol == other.Symbol;

    public override bool Equals(object? obj) => Equals(obj as Unit);

    public override int GetHashCode() => Symbol.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Symbol;

    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Unit? left, Unit? right) => !(left == right);
}
