using System.Text.RegularExpressions;

namespace KpiTracker.Targets;

/// <summary>
/// The words of the indicator tables of published goal forms, compared after <see cref="TextNormalizer.Key"/>:
/// which cell is a 一级指标, a 二级指标, a 绩效标准, a header or a template placeholder. Stricter than
/// <see cref="Vocabulary"/>, which also takes short forms (数量, 满意度 as a level 2): a table reader must not
/// take an indicator's own name for a label. Each label maps onto the domain's <see cref="Level1"/> and
/// <see cref="Level2"/>, so "which level 2 sits under which level 1" is <see cref="IndicatorHierarchy"/>'s rule.
/// </summary>
public static partial class IndicatorVocabulary
{
    /// <summary>成本指标 is a level-2 under 产出指标 in the older forms and a level-1 of its own since 2021.</summary>
    public const string AmbiguousCost = "成本指标";

    public static readonly IReadOnlyDictionary<string, Level1> Level1Words = new Dictionary<string, Level1>
    {
        ["产出指标"] = Level1.Output,
        ["产出"] = Level1.Output,
        ["效益指标"] = Level1.Benefit,
        ["效益"] = Level1.Benefit,
        ["满意度指标"] = Level1.Satisfaction,
        ["满意度"] = Level1.Satisfaction,
    };

    public static readonly IReadOnlyDictionary<string, Level2> Level2Words = new Dictionary<string, Level2>
    {
        ["数量指标"] = Level2.Quantity,
        ["质量指标"] = Level2.Quality,
        ["时效指标"] = Level2.Timeliness,
        ["经济效益指标"] = Level2.Economic,
        ["社会效益指标"] = Level2.Social,
        ["生态效益指标"] = Level2.Ecological,
        ["可持续影响指标"] = Level2.Sustainability,
        ["可持续发展影响指标"] = Level2.Sustainability,
        ["服务对象满意度指标"] = Level2.Satisfaction,
        ["服务对象满意度"] = Level2.Satisfaction,
        ["社会公众满意度指标"] = Level2.Satisfaction,
        ["社会公众满意度"] = Level2.Satisfaction,
        ["经济成本指标"] = Level2.EconomicCost,
        ["社会成本指标"] = Level2.SocialCost,
        ["生态环境成本指标"] = Level2.EcologicalCost,
        ["生态成本指标"] = Level2.EcologicalCost,
    };

    public static readonly IReadOnlySet<string> Standards = new HashSet<string>
    {
        "计划标准", "行业标准", "历史标准", "其他标准", "其他",
    };

    public static readonly IReadOnlySet<string> Headers = new HashSet<string>
    {
        "一级指标", "二级指标", "三级指标", "指标内容", "指标名称", "指标值", "绩效标准",
        "近两年指标值", "预期当年实现值", "分值", "备注",
    };

    /// <summary>The merged cell at the left of the table that names it.</summary>
    public static readonly IReadOnlySet<string> SectionLabels = new HashSet<string>
    {
        "项目年度绩效指标", "年度绩效指标", "长期绩效指标", "绩效指标", "项目绩效指标",
    };

    public static bool IsLevel1(string key) => Level1Words.ContainsKey(key);

    public static bool IsLevel2(string key) => Level2Words.ContainsKey(key) || key == AmbiguousCost;

    /// <summary>The level 1 a level-2 word belongs to (服务对象满意度指标 → satisfaction), or null when it is none.</summary>
    public static Level1? FamilyOfLevel2(string key) =>
        Level2Words.TryGetValue(key, out var level2) ? IndicatorHierarchy.FamilyOf(level2) : null;

    public static bool IsStandard(string key) => Standards.Contains(key);

    public static bool IsHeader(string key) => Headers.Contains(key);

    public static bool IsSectionLabel(string key) => SectionLabels.Contains(key);

    [GeneratedRegex(@"^[\s.…。·、,，_\-—]+$")]
    private static partial Regex Dots();

    [GeneratedRegex(@"^指标\s*[0-9０-９]*\s*[:：]?$")]
    private static partial Regex TemplateName();

    [GeneratedRegex(@"^指标\s*[0-9０-９]+\s*[:：]\s*")]
    private static partial Regex TemplatePrefix();

    /// <summary>Template rows: "……", "…", "... ...", "指标 1：", "指标", "**".</summary>
    public static bool IsPlaceholder(string key) =>
        key.Length == 0 || Dots().IsMatch(key) || TemplateName().IsMatch(key) || key.Trim('*').Length == 0;

    /// <summary>"指标 1：用户满意度" → "用户满意度"; "维护设备：" → "维护设备".</summary>
    public static string CleanName(string cell) => TemplatePrefix().Replace(cell, "").TrimEnd(':', '：').Trim();

    [GeneratedRegex(@"^([≥≤<>=＞＜≧≦]|不低于|不少于|不高于|不超过|不多于|至少|达到|大于|小于)")]
    private static partial Regex StartsWithOperator();

    [GeneratedRegex(@"^[+-]?[0-9][0-9.,]*\s*(%|％|‰|[\u4e00-\u9fff]{1,3}(/[\u4e00-\u9fff·]+)?)?$")]
    private static partial Regex NumberWithUnit();

    /// <summary>A fragment that can only be a target (used where cells are not delimited).</summary>
    public static bool LooksLikeTarget(string cell) => StartsWithOperator().IsMatch(cell) || NumberWithUnit().IsMatch(cell);

    [GeneratedRegex(@"^(%|％|[年月日天次人批个台套件项户家场期篇元]|小时|分钟|工作日|人次|万元|亿元)$")]
    private static partial Regex UnitOnly();

    [GeneratedRegex(@"^[≥≤<>=＞＜≧≦]+$")]
    private static partial Regex OperatorOnly();

    public static bool IsUnitOnly(string s) => UnitOnly().IsMatch(s);

    public static bool IsOperatorOnly(string s) => OperatorOnly().IsMatch(s);
}
