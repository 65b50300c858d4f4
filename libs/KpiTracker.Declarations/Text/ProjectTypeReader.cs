using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// Reads the 项目类型 row: which of 一次性 / 常年性 / 延续性 is ticked (an HTML checkbox, a tick mark,
/// or a plain cell naming one type) and the years of a 延续性 project (从 2020 年至 2022).
/// </summary>
internal static partial class ProjectTypeReader
{
    [GeneratedRegex(@"从\s*(?<from>\d{4})\s*年?\s*至\s*(?<to>\d{4})")]
    private static partial Regex YearsRegex();

    [GeneratedRegex(@"(?<type>一次性|常年性|延续性)(?:项目)?\s*<input\b[^>]*\bchecked\b")]
    private static partial Regex CheckedInputRegex();

    [GeneratedRegex(@"[☑√■☒✔✓]\s*(?<type>一次性|常年性|延续性)|(?<type>一次性|常年性|延续性)(?:项目)?\s*[☑√■☒✔✓]")]
    private static partial Regex TickRegex();

    [GeneratedRegex("(一次性|常年性|延续性)")]
    private static partial Regex TypeWordRegex();

    public static ProjectTypeCell Read(string raw, int line)
    {
        var ticked = CheckedInputRegex().Matches(raw).Select(m => m.Groups["type"].Value)
            .Concat(TickRegex().Matches(raw).Select(m => m.Groups["type"].Value))
            .Distinct().Select(t => t + "项目").ToList();
        if (ticked.Count == 0 && !raw.Contains("<input", StringComparison.Ordinal))
        {
            // a plain cell: "项目类型 常年性项目"
            var plain = TypeWordRegex().Matches(raw).Select(m => m.Value).Distinct().ToList();
            if (plain.Count == 1)
            {
                ticked.Add(plain[0] + "项目");
            }
        }

        var y = YearsRegex().Match(raw);
        int? from = y.Success ? int.Parse(y.Groups["from"].Value, CultureInfo.InvariantCulture) : null;
        int? to = y.Success ? int.Parse(y.Groups["to"].Value, CultureInfo.InvariantCulture) : null;
        return new ProjectTypeCell(ticked.Count == 0 ? null : string.Join("、", ticked), from, to, line);
    }
}
