using System.Globalization;

namespace KpiTracker.Web.Formatting;

/// <summary>How numbers, money, dates and periods read in 简体中文.</summary>
public static class Zh
{
    static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>万元 with up to 4 decimals, never rounded further: 542.74 万元, 130 万元.</summary>
    public static string Money(decimal? wan) => wan is { } v ? v.ToString("#,##0.####", Culture) + " 万元" : "—";

    public static string Number(decimal? v) => v is { } n ? n.ToString("#,##0.####", Culture) : "—";

    /// <summary>A ratio as a percentage with up to 2 decimals: 0.853 → 85.3%.</summary>
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.##", Culture) + "%" : "—";

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", Culture) : "—";

    public static string Date(DateTimeOffset? at) => at is { } t ? t.ToLocalTime().ToString("yyyy年M月d日 HH:mm", Culture) : "—";

    public static string Day(DateOnly? d) => d is { } x ? x.ToString("yyyy年M月d日", Culture) : "—";

    /// <summary>2021-07 → 2021年7月, 2021-Q3 → 2021年第3季度, 2021-H1 → 2021年上半年, 2021 → 2021年.</summary>
    /// <summary>Codes typed as a list: separated by commas (half or full width), 、 or spaces.</summary>
    public static string[] Codes(string? text) =>
        (text ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Period(string? period)
    {
        if (string.IsNullOrEmpty(period)) return "—";
        var parts = period.Split('-');
        if (parts.Length == 1) return parts[0] + "年";
        var rest = parts[1];
        return rest switch
        {
            "H1" => $"{parts[0]}年上半年",
            "H2" => $"{parts[0]}年下半年",
            ['Q', var q] => $"{parts[0]}年第{q}季度",
            _ when int.TryParse(rest, out var m) => $"{parts[0]}年{m}月",
            _ => period,
        };
    }

    public static string Grade(string? grade) => grade switch
    {
        "excellent" => "优",
        "good" => "良",
        "fair" => "中",
        "poor" => "差",
        null => "—",
        _ => grade,
    };

    public static string LightLabel(string? light) => light switch
    {
        "green" => "绿灯",
        "yellow" => "黄灯",
        "red" => "红灯",
        "blue" => "蓝灯",
        _ => "灰灯",
    };

    public static string StatusLabel(string? status) => status switch
    {
        "met" => "已达成",
        "pending" => "进行中",
        "missed" => "未达成",
        _ => "无数据",
    };

    public static string Judgement(string? judgement) => judgement switch
    {
        "achieved" => "达成",
        "partiallyAchieved" => "部分达成",
        "notAchieved" => "未达成",
        null => "—",
        _ => judgement,
    };

    public static readonly string[] Lights = ["red", "yellow", "green", "blue", "grey"];
    public static readonly string[] Statuses = ["met", "pending", "missed", "noData"];
}
