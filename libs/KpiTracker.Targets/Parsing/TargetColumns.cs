namespace KpiTracker.Targets;

/// <summary>
/// Joins a target that a template gives in three columns — 指标性质 | 指标值 | 度量单位, as several
/// provinces' templates have it — into the text people write in one (≥ | 90 | % → ≥90%), which
/// <see cref="TargetParser"/> then reads like any other. The nature is a symbol (≥ ≤ &gt; &lt; =), an operator
/// word (大于等于, 不低于, …), 正向 / 反向 (higher / lower is better) or 定性 (qualitative: the value is
/// the text to judge). A value that already carries its operator or unit keeps them.
/// </summary>
public static class TargetColumns
{
    public static string? Join(string? nature, string? value, string? unit)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        var n = nature?.Replace(" ", "", StringComparison.Ordinal).Replace("指标", "", StringComparison.Ordinal) ?? "";
        if (n is "定性" or "定性类") return v;
        var u = unit?.Trim() ?? "";
        var op = Operator(n);
        var start = v.Length > 0 ? TextNormalizer.NormalizeChar(v[0]) : ' ';
        if (ComparatorWords.IsSymbol(start) || ComparatorWords.TryPrefixAt(v, 0, out _, out _)) op = "";
        if (u.Length > 0 && v.EndsWith(u, StringComparison.Ordinal)) u = "";
        return op + v + u;
    }

    static string Operator(string nature)
    {
        if (nature.Length == 0 || nature is "定量" or "定量类") return "";
        if (nature is "正向" or "越大越好") return "≥";
        if (nature is "反向" or "越小越好") return "≤";
        var c = TextNormalizer.NormalizeChar(nature[0]);
        if (nature.Length == 1 && ComparatorWords.IsSymbol(c)) return c.ToString();
        var s = TextNormalizer.Normalize(nature);
        if (s is ">=" or "≥" or "<=" or "≤") return s.Replace(">=", "≥").Replace("<=", "≤");
        if (ComparatorWords.TryPrefixAt(s, 0, out var comparator, out var length) && length == s.Length) return Target.Symbol(comparator);
        return "";
    }
}
