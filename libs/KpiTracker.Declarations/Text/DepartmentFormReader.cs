using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// Reads the 部门整体支出绩效目标申报表: its header (部门名称, 填报人, 联系电话, the current-year total of
/// 收入构成, the current-year 基本支出 and 项目支出 of 支出构成, the goal texts under 整体绩效总目标), then one indicator table under each 长期目标 N /
/// 年度目标 N heading. Which list a table goes to follows its heading, not the table's own header, which
/// forms often copy wrongly. The 长期目标 tables are checked to be whole (<see cref="LongTermGoalChecks"/>).
/// Problems go to the document's list.
/// </summary>
internal static partial class DepartmentFormReader
{
    [GeneratedRegex(@"^\s*(?<kind>长期目标|年度目标)\s*(?<n>\d+)\s*[:：]?\s*(?<title>.*)$")]
    private static partial Regex GoalHeadingRegex();

    [GeneratedRegex(@"^\s*(备注|第[一二三四五六七八九十]+部分)")]
    private static partial Regex DocumentSectionRegex();

    public static DepartmentGoalDeclaration Read(TextDocument doc, int begin, int end, List<ImportProblem> problems)
    {
        end = RealEnd(doc, begin, end);
        var headings = Headings(doc, begin, end);
        var header = ReadHeader(doc, begin, headings.Count > 0 ? headings[0].Index - 1 : end, problems);

        var longTerm = new List<IndicatorDeclaration>();
        var annual = new List<IndicatorDeclaration>();
        var longTermProblems = new List<ImportProblem>();
        int longTermEnd = -1;
        for (int h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            int last = h + 1 < headings.Count ? headings[h + 1].Index - 1 : end;
            var rows = doc.Range(heading.Index + 1, last).Where(r => !IsTrailingNote(r)).ToList();
            var table = IndicatorTableReader.Read(rows, problems, heading.Number, heading.Title);
            if (table.Items.Count == 0)
            {
                problems.Add(new ImportProblem(doc[heading.Index].Line, $"{heading.Kind} {heading.Number}: no indicators were found", ProblemSeverity.Warning));
            }
            else if (last == doc.Last && end == doc.Last && h == headings.Count - 1 && table.LastFamily != Level1.Satisfaction)
            {
                var truncated = new ImportProblem(doc.LastTextLine(heading.Index, last),
                    $"{heading.Kind} {heading.Number}: the text ends inside its indicator table, before any 满意度 indicator; it looks truncated");
                problems.Add(truncated);
                if (heading.LongTerm)
                {
                    longTermProblems.Add(truncated);
                }
            }

            if (heading.LongTerm)
            {
                longTermEnd = last;
            }

            (heading.LongTerm ? longTerm : annual).AddRange(table.Items);
        }

        if (longTermEnd >= 0)
        {
            longTermProblems.AddRange(LongTermGoalChecks.Gaps(doc, headings));
            longTermProblems.AddRange(LongTermGoalChecks.GarbledLines(doc, begin, longTermEnd));
        }

        if (header.DepartmentName is null && header.FilledBy is null && header.Budget is null && headings.Count == 0)
        {
            problems.Add(new ImportProblem(doc[begin].Line, "the 部门整体支出绩效目标申报表 could not be read"));
        }

        return new DepartmentGoalDeclaration
        {
            DepartmentName = header.DepartmentName,
            FilledBy = header.FilledBy,
            Phone = header.Phone,
            AnnualBudget = header.Budget,
            BasicExpenditure = header.Basic,
            ProjectExpenditure = header.Projects,
            LongTermGoal = header.LongTermGoal,
            AnnualGoal = header.AnnualGoal,
            LongTermIndicators = longTerm,
            AnnualIndicators = annual,
            LongTermProblems = longTermProblems.OrderBy(p => p.Line).ToList(),
            Line = doc[begin].Line,
        };
    }

    /// <summary>Where the form really ends: one-cell-per-line text runs on into notes and the document's next part.</summary>
    private static int RealEnd(TextDocument doc, int begin, int end)
    {
        for (int i = begin + 1; i <= end; i++)
        {
            if (!doc[i].HasTabs && DocumentSectionRegex().IsMatch(doc[i].Raw))
            {
                return i - 1;
            }
        }

        return end;
    }

    private static List<GoalHeading> Headings(TextDocument doc, int begin, int end)
    {
        var headings = new List<GoalHeading>();
        for (int i = begin; i <= end; i++)
        {
            var m = GoalHeadingRegex().Match(doc[i].Raw.Replace('\t', ' '));
            if (m.Success)
            {
                var title = TextNormalizer.Text(m.Groups["title"].Value);
                var number = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
                headings.Add(new GoalHeading(i, m.Groups["kind"].Value == "长期目标", number, title.Length == 0 ? null : title));
            }
        }

        return headings;
    }

    /// <summary>The lines above the first goal heading: each label's value is the next cell with text; the first one counts.</summary>
    private static (string? DepartmentName, string? FilledBy, string? Phone, decimal? Budget, decimal? Basic, decimal? Projects, string? LongTermGoal, string? AnnualGoal) ReadHeader(TextDocument doc, int begin, int headerEnd, List<ImportProblem> problems)
    {
        string? deptName = null, filledBy = null, phone = null, longGoal = null, annualGoal = null;
        decimal? budget = null, basic = null, projects = null;
        bool inIncome = false, inSpending = false;
        for (int i = begin; i <= headerEnd; i++)
        {
            var row = doc[i];
            if (row.IsBlank)
            {
                continue;
            }

            for (int c = 0; c < row.Keys.Length; c++)
            {
                var k = row.Keys[c];
                string? Next() => row.Cells.Skip(c + 1).FirstOrDefault(x => x.Length > 0);
                if (k == "部门名称")
                {
                    deptName ??= Next();
                }
                else if (k == "填报人")
                {
                    filledBy ??= Next();
                }
                else if (k == "联系电话")
                {
                    phone ??= Next();
                }
                else if (k == "收入构成" || (k == "收入" && !row.HasTabs))
                {
                    inIncome = true;
                }
                else if (k == "支出构成")
                {
                    inSpending = true;
                }
                else if (inSpending && k == "基本支出" && basic is null)
                {
                    basic = Amount(row, c, "基本支出", problems);
                }
                else if (inSpending && k == "项目支出" && projects is null)
                {
                    projects = Amount(row, c, "项目支出", problems);
                }
                else if (k == "合计" && inIncome && budget is null)
                {
                    var amount = TextNormalizer.Money(Next(), out var ok);
                    if (!ok)
                    {
                        problems.Add(new ImportProblem(row.Line, $"the department's current-year total '{Next()}' is not an amount"));
                    }

                    budget = amount;
                }
            }

            if (row.FirstKey is "整体绩效总目标" or "整体绩效目标" or "部门整体绩效目标")
            {
                (longGoal, annualGoal) = DepartmentGoalTexts.Read(doc.Range(i + 1, headerEnd));
            }
        }

        return (deptName, filledBy, phone, budget, basic, projects, longGoal, annualGoal);
    }

    /// <summary>
    /// A 支出构成 row's current-year amount: the cell right after the label (当年金额), not the next cell with
    /// text, which on an empty 当年金额 would be last year's. Empty is null; a cell that is no amount is a warning and null.
    /// </summary>
    private static decimal? Amount(TextRow row, int labelCell, string label, List<ImportProblem> problems)
    {
        var cell = labelCell + 1 < row.Cells.Length ? row.Cells[labelCell + 1] : null;
        var amount = TextNormalizer.Money(cell, out var ok);
        if (!ok)
        {
            problems.Add(new ImportProblem(row.Line, $"the department's current-year {label} '{cell}' is not an amount; left out", ProblemSeverity.Warning));
            return null;
        }

        return amount;
    }

    private static bool IsTrailingNote(TextRow r) => !r.HasTabs && r.Raw.TrimStart().StartsWith("备注", StringComparison.Ordinal);
}
