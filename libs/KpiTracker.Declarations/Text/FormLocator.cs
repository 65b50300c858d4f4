using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// Finds the forms in a disclosure's text: the department and fiscal year of its title, the department's
/// code, where each 项目绩效目标申报表 begins and ends, and where the 部门整体支出绩效目标申报表 is. A table of
/// contents that names the forms is not taken for them.
/// </summary>
internal static partial class FormLocator
{
    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十]+部分\s*)?(?<name>[^\s\d（(：:、.]{2,40}?)\s*(?<year>(?:19|20)\d{2})\s*年\s*(?:度\s*)?部门(?:整体支出)?预算")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^\s*单位名称\s*[:：]\s*(?<name>\S+)\s*$")]
    private static partial Regex UnitNameRegex();

    [GeneratedRegex(@"[(（]\s*(?<year>(?:19|20)\d{2})\s*年度\s*[)）]")]
    private static partial Regex YearOfFormRegex();

    public static FormLayout Locate(TextDocument doc)
    {
        var (name, year) = FindDepartmentAndYear(doc);
        var code = name is null ? null : FindCode(doc, name);

        var nameRows = FindProjectNameRows(doc);
        int deptStart = FindDepartmentFormStart(doc);
        var begins = nameRows.Select(r => FormBegin(doc, r)).ToList();

        // a form title whose 项目名称 row could not be read still starts a form (that will be incomplete)
        foreach (var t in FindProjectTitleRows(doc))
        {
            if (!begins.Contains(t) && !(deptStart >= 0 && t == deptStart))
            {
                begins.Add(t);
                nameRows.Add(t);
            }
        }

        var order = Enumerable.Range(0, begins.Count).OrderBy(k => begins[k]).ToList();
        begins = order.Select(k => begins[k]).ToList();
        nameRows = order.Select(k => nameRows[k]).ToList();

        var projects = new List<ProjectFormSpan>();
        for (int p = 0; p < nameRows.Count; p++)
        {
            int begin = begins[p];
            int end = p + 1 < nameRows.Count ? begins[p + 1] - 1 : doc.Last;
            if (deptStart > begin && deptStart - 1 < end)
            {
                end = deptStart - 1;
            }

            projects.Add(new ProjectFormSpan(begin, nameRows[p], end));
        }

        int deptEnd = doc.Last;
        var after = begins.Where(b => b > deptStart).DefaultIfEmpty(-1).Min();
        if (deptStart >= 0 && after > 0)
        {
            deptEnd = after - 1;
        }

        return new FormLayout(name, year, code, projects, deptStart, deptEnd);
    }

    /// <summary>A line that names a project form's year, "(2021 年度)": also how a form title is told from a contents entry.</summary>
    private static bool NamesFormYear(string raw) => YearOfFormRegex().IsMatch(raw);

    private static (string? Name, int? Year) FindDepartmentAndYear(TextDocument doc)
    {
        string? name = null;
        int? year = null;
        foreach (var r in doc.Rows)
        {
            var m = TitleRegex().Match(r.Raw.Replace('\t', ' '));
            if (m.Success)
            {
                name = TextNormalizer.Cell(m.Groups["name"].Value);
                year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                break;
            }
        }

        if (name is null)
        {
            var unit = doc.Rows.Select(r => UnitNameRegex().Match(r.Raw)).FirstOrDefault(m => m.Success);
            if (unit is not null)
            {
                name = TextNormalizer.Cell(unit.Groups["name"].Value);
            }
        }

        if (year is null)
        {
            var y = doc.Rows.Select(r => YearOfFormRegex().Match(r.Raw)).FirstOrDefault(m => m.Success);
            if (y is not null)
            {
                year = int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
        }

        return (name, year);
    }

    /// <summary>The longest all-digit cell written just before the department's name in a table row: its code.</summary>
    private static string? FindCode(TextDocument doc, string name)
    {
        string? best = null;
        foreach (var r in doc.Rows.Where(r => r.HasTabs && r.Cells.Length >= 2))
        {
            var c0 = r.Cells[0];
            if (c0.Length >= 2 && c0.All(char.IsAsciiDigit) && r.Cells[1] == name && (best is null || c0.Length > best.Length))
            {
                best = c0;
            }
        }

        return best;
    }

    private static List<int> FindProjectNameRows(TextDocument doc)
    {
        var list = new List<int>();
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc[i].FirstKey == "项目名称" && doc[i].Keys[0].Length > 0)
            {
                list.Add(i);
            }
        }

        return list;
    }

    /// <summary>Lines that are only a project form's title and are followed by the form's header lines or table.</summary>
    private static List<int> FindProjectTitleRows(TextDocument doc)
    {
        var list = new List<int>();
        for (int i = 0; i < doc.Count; i++)
        {
            var raw = doc[i].Raw.Trim();
            if (doc[i].HasTabs || !raw.EndsWith("项目绩效目标申报表", StringComparison.Ordinal) || raw.Contains('.', StringComparison.Ordinal)
                || raw.Contains('、', StringComparison.Ordinal))
            {
                continue;
            }

            for (int j = i + 1; j < Math.Min(doc.Count, i + 12); j++)
            {
                if (doc[j].Raw.Contains("填报日期", StringComparison.Ordinal) || NamesFormYear(doc[j].Raw) || doc[j].HasTabs)
                {
                    list.Add(i);
                    break;
                }
            }
        }

        return list;
    }

    private static int FindDepartmentFormStart(TextDocument doc)
    {
        int found = -1;
        for (int i = 0; i < doc.Count; i++)
        {
            if (!doc[i].Raw.Contains("部门整体支出绩效目标申报表", StringComparison.Ordinal))
            {
                continue;
            }

            // the real form has 部门名称 soon after its title (a table of contents does not)
            for (int j = i + 1; j < Math.Min(doc.Count, i + 16); j++)
            {
                if (doc[j].FirstKey == "部门名称")
                {
                    found = i;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The title line ("…项目绩效目标申报表") a few lines above the 项目名称 row, else that row.</summary>
    private static int FormBegin(TextDocument doc, int nameRow)
    {
        for (int i = nameRow - 1; i >= Math.Max(0, nameRow - 12); i--)
        {
            var r = doc[i];
            if (r.HasTabs && !r.IsBlank)
            {
                break;
            }

            if (r.Raw.Contains("项目绩效目标申报表", StringComparison.Ordinal) || r.Raw.Contains("项目支出绩效目标申报表", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return nameRow;
    }
}
