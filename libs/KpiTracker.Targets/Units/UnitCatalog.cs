using System.Collections.Frozen;

namespace KpiTracker.Targets;

/// <summary>
/// The units people write on goal forms, and how to read one from text.
/// Decisions (see README): 分钟/小时/天/日/周 convert exactly; 月/年 convert exactly between
/// themselves (1 年 = 12 月) but not to days, because a month is 28–31 days; 工作日 converts to
/// nothing else, because a working day is neither 24 hours nor a fixed share of a calendar week.
/// An unknown noun of one or two Chinese characters after a number is read as a count noun
/// (辆, 条, 所…), because forms use many more measure words than any list holds.
/// 分 is points (满意度≥90分), not minutes; lengths and areas are nouns too, so they never convert.
/// </summary>
internal static class UnitCatalog
{
    public static readonly Unit Percent = new("%", Dimension.Percent, "percent", 1m);

    // Declared before Known: static fields initialise in text order.
    private static readonly string[] CountNouns =
        ["次", "人", "人次", "批", "个", "台", "套", "件", "项", "户", "家", "场", "期", "篇", "份", "所", "辆", "条", "本", "座", "名", "处", "课时", "人天", "人日", "门", "类", "部", "张", "册", "块", "根", "分", "公里", "米", "平方米", "亩", "吨", "GB", "TB", "Mbps"];

    private static readonly FrozenDictionary<string, Unit> Known = Build();

    private static readonly FrozenDictionary<string, Unit>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Unit> Build()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal)
        {
            ["%"] = Percent,
            ["百分比"] = Percent,
            ["分钟"] = new("分钟", Dimension.Duration, "clock", 1m),
            ["小时"] = new("小时", Dimension.Duration, "clock", 60m),
            ["天"] = new("天", Dimension.Duration, "clock", 1440m),
            ["日"] = new("日", Dimension.Duration, "clock", 1440m),
            ["周"] = new("周", Dimension.Duration, "clock", 10080m),
            ["工作日"] = new("工作日", Dimension.Duration, "workday", 1m),
            ["个工作日"] = new("工作日", Dimension.Duration, "workday", 1m),
            ["月"] = new("月", Dimension.Duration, "calendar", 1m),
            ["个月"] = new("个月", Dimension.Duration, "calendar", 1m),
            ["季度"] = new("季度", Dimension.Duration, "calendar", 3m),
            ["年"] = new("年", Dimension.Duration, "calendar", 12m),
            ["元"] = new("元", Dimension.Money, "money", 1m),
            ["千元"] = new("千元", Dimension.Money, "money", 1_000m),
            ["万元"] = new("万元", Dimension.Money, "money", 10_000m),
            ["亿元"] = new("亿元", Dimension.Money, "money", 100_000_000m),
        };
        foreach (var noun in CountNouns)
        {
            map.TryAdd(noun, Count(noun, 1m, noun));
            map.TryAdd("万" + noun, Count("万" + noun, 10_000m, noun));
        }
        // Other spellings of the same unit: a calendar day is a day; NFKC folds ㎡ to m2 and ㎞ to km.
        map["自然日"] = map["天"];
        map["星期"] = map["周"];
        map["m2"] = map["平方米"];
        map["km"] = map["公里"];
        map["m"] = map["米"];
        // A change of a rate (提高2个百分点) is in percentage points: not a percent of anything, so its own unit.
        map["百分点"] = new("百分点", Dimension.Count, "count:百分点", 1m);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Unit Count(string symbol, decimal factor, string noun) => new(symbol, Dimension.Count, "count:" + noun, factor);

    /// <summary>Reads a whole (normalised, whitespace-free) unit text, or null.</summary>
    public static Unit? TryRead(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return Unit.None;
        if (KnownBySpan.TryGetValue(text, out var known)) return known;
        // A measure word before the unit adds nothing: 5个工作日, 3个小时, 2个季度, 4个项目.
        if (text.Length > 1 && text[0] == '个' && TryRead(text[1..]) is { IsNone: false } measured) return measured;
        var slash = text.IndexOf('/');
        if (slash > 0) return TryReadCompound(text, slash);
        // Unknown measure word: one or two CJK ideographs, e.g. 辆 or 万辆.
        if (text.Length <= 2 && IsIdeographs(text))
        {
            var s = text.ToString();
            return s.Length == 2 && s[0] == '万' ? Count(s, 10_000m, s[1..]) : Count(s, 1m, s);
        }
        return null;
    }

    // 元/人·月, 次/月, 万元/公里: a known or short numerator over one or more nouns joined by '·' or '/'.
    private static Unit? TryReadCompound(ReadOnlySpan<char> text, int slash)
    {
        var numerator = TryRead(text[..slash]);
        if (numerator is null || numerator.IsNone || numerator.Dimension == Dimension.Compound) return null;
        var denominator = text[(slash + 1)..];
        if (denominator.IsEmpty || denominator.Length > 12) return null;
        foreach (var part in denominator.ToString().Split('·', '/'))
        {
            if (part.Length == 0) return null;
            if (!KnownBySpan.ContainsKey(part) && !(part.Length <= 2 && IsIdeographs(part))) return null;
        }
        var denominatorText = denominator.ToString();
        var unit = new Unit(text.ToString(), Dimension.Compound,
            "compound:" + numerator.Group + "/" + denominatorText, numerator.Factor);
        return unit;
    }

    private static bool IsIdeographs(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < '\u4e00' || c > '\u9fff') return false;
        }
        return true;
    }
}
