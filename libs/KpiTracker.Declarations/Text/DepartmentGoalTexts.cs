using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// The 长期目标 / 年度目标 texts under 整体绩效总目标: two cells of one tabbed row, or numbered lines
/// ("目标 1：…") where the numbering starts again at the annual goals.
/// </summary>
internal static partial class DepartmentGoalTexts
{
    [GeneratedRegex(@"^\s*目标\s*(?<n>\d+)\s*[:：]")]
    private static partial Regex GoalItemRegex();

    public static (string? LongTerm, string? Annual) Read(IEnumerable<TextRow> lines)
    {
        var rows = lines.Where(r => !r.IsBlank).ToList();
        if (rows.Count == 0)
        {
            return (null, null);
        }

        return rows.Any(r => r.HasTabs) ? FromCells(rows) : FromNumberedLines(rows);
    }

    private static (string? LongTerm, string? Annual) FromCells(List<TextRow> rows)
    {
        foreach (var r in rows.Where(r => r.HasTabs))
        {
            var cells = r.RawCells.Select(TextNormalizer.Text).Where(c => c.Length > 0 && c is not ("长期目标" or "年度目标")).ToList();
            if (cells.Count > 0)
            {
                return (cells[0], cells.ElementAtOrDefault(1));
            }
        }

        return (null, null);
    }

    private static (string? LongTerm, string? Annual) FromNumberedLines(List<TextRow> rows)
    {
        var longItems = new List<string>();
        var annualItems = new List<string>();
        var current = longItems;
        int lastNumber = 0;
        foreach (var r in rows)
        {
            var text = TextNormalizer.Text(r.Raw);
            if (text.Replace(" ", "", StringComparison.Ordinal) is "长期目标年度目标" or "长期目标" or "年度目标"
                || IndicatorVocabulary.IsPlaceholder(TextNormalizer.Key(text)))
            {
                continue;
            }

            var m = GoalItemRegex().Match(text);
            if (m.Success)
            {
                int n = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : int.MaxValue;
                if (n <= lastNumber && current == longItems)
                {
                    current = annualItems;
                }

                lastNumber = n;
                current.Add(text);
            }
            else if (current.Count > 0)
            {
                current[^1] += text;
            }
        }

        return (longItems.Count == 0 ? null : string.Join(" ", longItems), annualItems.Count == 0 ? null : string.Join(" ", annualItems));
    }
}
