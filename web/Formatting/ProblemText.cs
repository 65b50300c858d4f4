using System.Text.RegularExpressions;
using KpiTracker.Web.Api;

namespace KpiTracker.Web.Formatting;

/// <summary>
/// The API's problems, read out in Chinese beside the field they name. The API words its reasons
/// in English with the Chinese terms inside; the common ones are translated here, and any other is
/// shown under its field's Chinese name with the server's own words (never dropped, never a trace).
/// </summary>
public static partial class ProblemText
{
    static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["value"] = "实际值", ["judgement"] = "判断", ["period"] = "期间", ["note"] = "说明", ["reason"] = "原因",
        ["amount"] = "金额", ["score"] = "得分", ["deviationNote"] = "偏差原因", ["achieved"] = "实际完成情况",
        ["asOf"] = "截止月份", ["file"] = "文件", ["indicatorId"] = "指标", ["projectId"] = "项目",
        ["expectedValue"] = "预计完成值", ["likelihood"] = "完成可能性", ["deviationReasons"] = "偏差原因类别",
        ["notApplicable"] = "不适用", ["evidenceUrl"] = "佐证材料地址", ["items"] = "填报行",
        ["userName"] = "用户名", ["displayName"] = "姓名", ["password"] = "初始密码", ["newPassword"] = "新密码",
        ["roles"] = "角色", ["departments"] = "部门", ["id"] = "用户编号", ["user"] = "用户",
        ["status"] = "状态", ["year"] = "年度", ["month"] = "月份",
    };

    /// <summary>The Chinese name of a field the API named (the last segment of a path such as items[3].value).</summary>
    public static string Field(string field)
    {
        var last = field.Split('.').Last();
        var bracket = last.IndexOf('[');
        if (bracket > 0) last = last[..bracket];
        return Fields.GetValueOrDefault(last, last);
    }

    /// <summary>Every message of a problem, each "字段：原因" in Chinese.</summary>
    public static IReadOnlyList<string> Lines(ApiProblem problem)
    {
        if (problem.Errors.Count == 0) return [Summary(problem)];
        return problem.Errors.SelectMany(e => e.Value.Select(m => $"{Field(e.Key)}：{Message(m)}")).ToList();
    }

    /// <summary>Messages about one field (or, when no field matches, the problem as a whole).</summary>
    public static IReadOnlyList<string> ForField(ApiProblem problem, string field) =>
        problem.Errors.Where(e => string.Equals(e.Key.Split('.').Last(), field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value.Select(Message)).ToList();

    public static string Summary(ApiProblem problem) => problem.Status switch
    {
        401 => "登录已过期，请重新登录。",
        403 => "您无权进行此操作。" + Detail(problem),
        404 => "未找到：该对象不存在，或不在您可查看的范围内。",
        409 when problem.Extension("lockedMonth") is { } month
            => $"{Zh.Period(month)}的监控表已接受，该期间已锁定，不能再填报或更正；如需修改，请部门负责人重新打开该月（须写明原因）。",
        409 when problem.Extension("monitoringStatus") is not null
            => $"监控表当前为“{problem.Extension("monitoringStatusLabel")}”，不能进行此操作。页面已显示最新状态。",
        409 when problem.Detail?.Contains("closed", StringComparison.OrdinalIgnoreCase) == true
            => "该项目本年度已关闭（结项），不能再修改；如需修改，请管理人员先重新开启（须写明原因）。",
        409 when problem.Extension("existingId") is not null => "该期间已填报过此值；如需修改，请使用“更正”（须写明原因）。",
        409 => "冲突：" + Message(problem.Detail ?? problem.Title ?? ""),
        412 => "其他人已修改了此内容。页面已显示最新版本，请核对后再提交。",
        413 => "提交的内容太大。",
        428 => "缺少版本信息（If-Match），请刷新后再试。",
        429 => "操作太频繁，请稍候再试。",
        _ => Message(problem.Detail ?? problem.Title ?? $"请求未被接受（{problem.Status}）。"),
    };

    static string Detail(ApiProblem p) => string.IsNullOrWhiteSpace(p.Detail) ? "" : "（" + Message(p.Detail) + "）";

    /// <summary>One reason in Chinese; an unknown one is kept in the server's words.</summary>
    public static string Message(string message)
    {
        var m = message.Trim();
        foreach (var (pattern, render) in Known)
        {
            var match = pattern.Match(m);
            if (match.Success) return render(match);
        }
        return m;
    }

    static readonly (Regex Pattern, Func<Match, string> Render)[] Known =
    [
        (Incompatible(), x => $"“{x.Groups["raw"].Value}”无法与目标“{x.Groups["target"].Value}”比较：“{x.Groups["from"].Value}”与“{x.Groups["to"].Value}”不是同一类单位。"),
        (NotExact(), x => $"“{x.Groups["raw"].Value}”不能精确换算为“{x.Groups["to"].Value}”（月、年、工作日没有固定天数），请以“{x.Groups["to"].Value}”填报。"),
        (CannotReport(), x => $"“{x.Groups["raw"].Value}”无法按目标“{x.Groups["target"].Value}”填报：{Message(x.Groups["why"].Value)}"),
        (IsRequired(), _ => "必填。"),
        (MonthLocked(), x => $"{x.Groups["p"].Value} 的监控表已接受，本期已锁定；如需修改，请部门负责人重新打开该月（须写明原因）。"),
        (EndsInLockedMonth(), x => $"{x.Groups["p"].Value} 在 {x.Groups["m"].Value} 结束，而 {x.Groups["m"].Value} 的监控表已接受，本期已锁定；如需修改，请部门负责人重新打开 {x.Groups["m"].Value}（须写明原因）。"),
        (NotFromStatus(), x => $"当前状态为“{x.Groups["label"].Value}”，不能{StepLabel(x.Groups["action"].Value)}。"),
        (NotAPeriod(), x => $"“{x.Groups["p"].Value}”不是有效的期间，请填写如 2021-07、2021-Q3、2021-H1 或 2021。"),
        (OutsideYear(), _ => "期间不在项目的预算年度内。"),
        (QualitativeSendJudgement(), x => $"“{x.Groups["n"].Value}”是定性指标，请选择判断（达成 / 部分达成 / 未达成），不要填数值。"),
        (QuantitativeNoJudgement(), x => $"“{x.Groups["n"].Value}”是定量指标，请填写实际值，而不是判断。"),
        (MustBeNumber(), _ => "请填写数字（按目标单位），或带单位的值，如“90分钟”。"),
        (ExpectedNumber(), _ => "请填写一个数值，实际值不带比较符号（≥、≤ 等）。"),
        (Negative(), _ => "不能为负数。"),
        (Empty(), _ => "不能为空。"),
        (AtMost(), x => $"最多 {x.Groups["n"].Value} 个字符。"),
        (UserSlug(), _ => "须为 2–64 位小写字母、数字或“.”“_”“-”，以字母或数字开头，如 zhao.hongyan。"),
        (UserIdSlug(), _ => "须为 2–64 位小写字母、数字或“.”“_”“-”，如 u-zhao；留空则为“u-用户名”。"),
        (NoRole(), _ => "请至少选择一个角色。"),
        (NotARole(), x => $"“{x.Groups["r"].Value}”不是有效的角色（管理员、部门负责人、项目负责人、审计）。"),
        (NotADepartment(), x => $"“{x.Groups["d"].Value}”不是有效的部门编码（字母和数字，如 18001）。"),
        (PasswordLength(), x => $"密码至少 {x.Groups["n"].Value} 位。"),
        (PasswordDigit(), _ => "密码须至少包含一个数字（0–9）。"),
        (PasswordLower(), _ => "密码须至少包含一个小写字母（a–z）。"),
        (PasswordUpper(), _ => "密码须至少包含一个大写字母（A–Z）。"),
        (PasswordUnique(), x => $"密码须至少包含 {x.Groups["n"].Value} 个不同的字符。"),
        (UserNameTaken(), x => $"用户名“{x.Groups["n"].Value}”已被使用，请换一个。"),
        (UserIdTaken(), x => $"用户编号“{x.Groups["n"].Value}”已存在，请换一个。"),
        (OwnAdminRole(), _ => "不能取消自己账号的管理员角色，请由其他管理员操作。"),
        (OwnDisable(), _ => "不能停用自己的账号，请由其他管理员操作。"),
        (ScoreBand(), x => $"得分超出该判断允许的分数段（达成 80%–100%，部分达成 60%–80%，未达成 0–60% 的分值）。服务器说明：{x.Groups["all"].Value}"),
    ];

    [GeneratedRegex(@"^'(?<raw>.+)' cannot be reported against target '(?<target>.+)' \(in .+\): '(?<from>[^']+)' cannot be compared with '(?<to>[^']+)'")]
    private static partial Regex Incompatible();
    [GeneratedRegex(@"^'(?<raw>.+)' cannot be reported against target '.+' \(in .+\): '[^']+' does not convert exactly to '(?<to>[^']+)'")]
    private static partial Regex NotExact();
    [GeneratedRegex(@"^'(?<raw>.+)' cannot be reported against target '(?<target>.+)' \(in .+\): (?<why>.+)$")]
    private static partial Regex CannotReport();
    static string StepLabel(string action) => action switch
    {
        "submitted" => "提交",
        "accepted" => "接受",
        "returned" => "退回",
        "reopened" => "重新打开",
        "approved" => "批复",
        _ => "进行此操作",
    };

    [GeneratedRegex(@"^(?<p>\S+) is locked: its 监控表 is accepted")]
    private static partial Regex MonthLocked();
    [GeneratedRegex(@"^(?<p>\S+) ends in (?<m>\S+), whose 监控表 is accepted")]
    private static partial Regex EndsInLockedMonth();
    [GeneratedRegex(@"^is \w+ \((?<label>[^)]+)\); it can be (?<action>\w+) only from")]
    private static partial Regex NotFromStatus();
    [GeneratedRegex(@"^is required")]
    private static partial Regex IsRequired();
    [GeneratedRegex(@"^'(?<p>.*)' is not a period")]
    private static partial Regex NotAPeriod();
    [GeneratedRegex(@"(outside|not in|not within) the (project's )?fiscal year", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideYear();
    [GeneratedRegex(@"^'(?<n>.+)' is qualitative")]
    private static partial Regex QualitativeSendJudgement();
    [GeneratedRegex(@"^'(?<n>.+)' is quantitative")]
    private static partial Regex QuantitativeNoJudgement();
    [GeneratedRegex(@"^must be a number")]
    private static partial Regex MustBeNumber();
    [GeneratedRegex(@"^Expected a number")]
    private static partial Regex ExpectedNumber();
    [GeneratedRegex(@"negative", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
    [GeneratedRegex(@"^The value is empty")]
    private static partial Regex Empty();
    [GeneratedRegex(@"^must be at most (?<n>\d+) characters")]
    private static partial Regex AtMost();
    [GeneratedRegex(@"^must be 2–64 characters: .*starting with")]
    private static partial Regex UserSlug();
    [GeneratedRegex(@"^must be 2–64 characters: .*u-zhao")]
    private static partial Regex UserIdSlug();
    [GeneratedRegex(@"^give one or more of admin")]
    private static partial Regex NoRole();
    [GeneratedRegex(@"^'(?<r>.*)' is not a role")]
    private static partial Regex NotARole();
    [GeneratedRegex(@"^'(?<d>.*)' is not a department code")]
    private static partial Regex NotADepartment();
    [GeneratedRegex(@"^Passwords must be at least (?<n>\d+) characters")]
    private static partial Regex PasswordLength();
    [GeneratedRegex(@"^Passwords must have at least one digit")]
    private static partial Regex PasswordDigit();
    [GeneratedRegex(@"^Passwords must have at least one lowercase")]
    private static partial Regex PasswordLower();
    [GeneratedRegex(@"^Passwords must have at least one uppercase")]
    private static partial Regex PasswordUpper();
    [GeneratedRegex(@"^Passwords must use at least (?<n>\d+) different characters")]
    private static partial Regex PasswordUnique();
    [GeneratedRegex(@"^The user name '(?<n>.*)' is taken")]
    private static partial Regex UserNameTaken();
    [GeneratedRegex(@"^A user with id '(?<n>.*)' already exists")]
    private static partial Regex UserIdTaken();
    [GeneratedRegex(@"^You cannot take the admin role from your own account")]
    private static partial Regex OwnAdminRole();
    [GeneratedRegex(@"^You cannot disable your own account")]
    private static partial Regex OwnDisable();
    [GeneratedRegex(@"^(?<all>.*\bband\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreBand();
}
