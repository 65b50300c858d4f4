using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Cli.Import;

/// <summary>
/// Turns the text extraction of a published budget disclosure (部门预算公开) into a
/// <see cref="Declaration"/>: the department, its 项目绩效目标申报表 forms and its
/// 部门整体支出绩效目标申报表. Pure: reads only the string it is given.
/// Nothing is invented: a value that is not in the text is null, and a required one
/// (project name, annual budget, an indicator's levels, name and target) is reported as an
/// <see cref="ImportProblem"/> with its line.
/// </summary>
public static partial class DeclarationTextParser
{
    /// <summary>Parses the text. Never throws: an unexpected failure becomes a problem at line 0.</summary>
    public static Declaration Parse(string? text)
    {
        try
        {
            return new Run(text ?? "").Parse();
        }
        catch (Exception ex)
        {
            return new Declaration
            {
                Problems = [new ImportProblem(0, $"the parser failed on this text ({ex.GetType().Name}: {ex.Message}); nothing was read")],
            };
        }
    }

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十]+部分\s*)?(?<name>[^\s\d（(：:、.]{2,40}?)\s*(?<year>(?:19|20)\d{2})\s*年\s*(?:度\s*)?部门(?:整体支出)?预算")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^\s*单位名称\s*[:：]\s*(?<name>\S+)\s*$")]
    private static partial Regex UnitNameRegex();

    [GeneratedRegex(@"[(（]\s*(?<year>(?:19|20)\d{2})\s*年度\s*[)）]")]
    private static partial Regex YearOfFormRegex();

    [GeneratedRegex(@"填报日期\s*[:：]\s*(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex FilledDateRegex();

    [GeneratedRegex(@"从\s*(?<from>\d{4})\s*年?\s*至\s*(?<to>\d{4})")]
    private static partial Regex YearsRegex();

    [GeneratedRegex(@"(?<type>一次性|常年性|延续性)(?:项目)?\s*<input\b[^>]*\bchecked\b")]
    private static partial Regex CheckedInputRegex();

    [GeneratedRegex(@"[☑√■☒✔✓]\s*(?<type>一次性|常年性|延续性)|(?<type>一次性|常年性|延续性)(?:项目)?\s*[☑√■☒✔✓]")]
    private static partial Regex TickRegex();

    [GeneratedRegex(@"^\s*(?<kind>长期目标|年度目标)\s*(?<n>\d+)\s*[:：]?\s*(?<title>.*)$")]
    private static partial Regex GoalHeadingRegex();

    [GeneratedRegex(@"^\s*目标\s*(?<n>\d+)\s*[:：]")]
    private static partial Regex GoalItemRegex();

    [GeneratedRegex(@"^\s*(备注|第[一二三四五六七八九十]+部分)")]
    private static partial Regex DocumentSectionRegex();

    [GeneratedRegex(@"^\s*[0-9０-９]+\s*[.、．]\s*")]
    private static partial Regex ListNumberRegex();

    [GeneratedRegex(@"^([0-9０-９]+\s*[.、．]?|[.…。·\s]+)$")]
    private static partial Regex EmptyListItemRegex();

    private enum Field
    {
        Name,
        CompetentDepartment,
        ExecutingUnit,
        Leader,
        Phone,
        Type,
        Rationale,
        Content,
        TotalBudget,
        AnnualBudget,
        PreviousBudgets,
        CalculationBasis,
        OverallGoal,
    }

    private static readonly Dictionary<string, Field> FieldLabels = new()
    {
        ["项目名称"] = Field.Name,
        ["项目主管部门"] = Field.CompetentDepartment,
        ["主管部门"] = Field.CompetentDepartment,
        ["项目执行单位"] = Field.ExecutingUnit,
        ["执行单位"] = Field.ExecutingUnit,
        ["项目实施单位"] = Field.ExecutingUnit,
        ["实施单位"] = Field.ExecutingUnit,
        ["项目负责人"] = Field.Leader,
        ["联系电话"] = Field.Phone,
        ["项目类型"] = Field.Type,
        ["项目申请理由"] = Field.Rationale,
        ["申请理由"] = Field.Rationale,
        ["项目主要内容"] = Field.Content,
        ["主要内容"] = Field.Content,
        ["项目总预算"] = Field.TotalBudget,
        ["项目当年预算"] = Field.AnnualBudget,
        ["项目本年度预算"] = Field.AnnualBudget,
        ["当年预算"] = Field.AnnualBudget,
        ["项目前两年预算及当年预算变动情况"] = Field.PreviousBudgets,
        ["前两年预算及当年预算变动情况"] = Field.PreviousBudgets,
        ["测算依据及说明"] = Field.CalculationBasis,
        ["测算依据"] = Field.CalculationBasis,
        ["项目绩效总目标"] = Field.OverallGoal,
        ["项目年度绩效目标"] = Field.OverallGoal,
        ["年度绩效目标"] = Field.OverallGoal,
        ["绩效总目标"] = Field.OverallGoal,
    };

    private static readonly HashSet<string> FundingSection = ["项目资金来源", "资金来源"];
    private static readonly HashSet<string> FundingNoise = ["项目资金来源", "资金来源", "金额"];
    private static readonly HashSet<string> ExpenseSection = ["项目支出预算及测算依据", "项目支出预算", "项目支出明细预算"];
    private static readonly HashSet<string> ExpenseNoise = ["项目支出预算及测算依据", "项目支出预算", "项目支出明细预算", "项目支出明细", "金额", "明细预算"];

    private static bool IsTextField(Field f) => f is Field.Rationale or Field.Content or Field.PreviousBudgets or Field.CalculationBasis or Field.OverallGoal;

    private sealed class Run
    {
        private readonly List<TextRow> _rows;
        private readonly List<ImportProblem> _problems = [];

        public Run(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            _rows = lines.Select((l, i) => new TextRow(i + 1, l)).ToList();
        }

        public Declaration Parse()
        {
            var (name, year) = FindDepartmentAndYear();
            var code = name is null ? null : FindCode(name);

            var projectStarts = FindProjectNameRows();
            int deptStart = FindDepartmentFormStart();
            var formBegins = projectStarts.Select(FormBegin).ToList();

            // a form title whose 项目名称 row could not be read still starts a form (that will be incomplete)
            foreach (var t in FindProjectTitleRows())
            {
                if (!formBegins.Contains(t) && !(deptStart >= 0 && t == deptStart))
                {
                    formBegins.Add(t);
                    projectStarts.Add(t);
                }
            }

            var order = Enumerable.Range(0, formBegins.Count).OrderBy(k => formBegins[k]).ToList();
            formBegins = order.Select(k => formBegins[k]).ToList();
            projectStarts = order.Select(k => projectStarts[k]).ToList();

            var projects = new List<ProjectDeclaration>();
            for (int p = 0; p < projectStarts.Count; p++)
            {
                int begin = formBegins[p];
                int end = _rows.Count - 1;
                if (p + 1 < projectStarts.Count)
                {
                    end = formBegins[p + 1] - 1;
                }

                if (deptStart > begin && deptStart - 1 < end)
                {
                    end = deptStart - 1;
                }

                projects.Add(ParseProject(begin, projectStarts[p], end));
            }

            DepartmentGoalDeclaration? dept = null;
            if (deptStart >= 0)
            {
                int end = _rows.Count - 1;
                var after = formBegins.Where(b => b > deptStart).DefaultIfEmpty(-1).Min();
                if (after > 0)
                {
                    end = after - 1;
                }

                dept = ParseDepartment(deptStart, end);
                name ??= dept.DepartmentName;
            }

            if (name is null)
            {
                _problems.Add(new ImportProblem(0, "the department's name was not found (no '<name> <year> 年部门预算' title, no 单位名称, no 部门名称)"));
            }

            if (year is null)
            {
                _problems.Add(new ImportProblem(0, "the fiscal year was not found"));
            }

            if (projects.Count == 0 && dept is null)
            {
                _problems.Add(new ImportProblem(0, "no goal form was found (no 项目名称 row, no 部门整体支出绩效目标申报表)"));
            }

            // garbled lines outside the forms
            var inForms = projects.Select(p => (p.Line, p.EndLine)).ToList();
            var garbledOutside = _rows.Where(r => TextNormalizer.LooksGarbled(r.Raw) && !inForms.Any(f => r.Line >= f.Line && r.Line <= f.EndLine)).ToList();
            foreach (var r in garbledOutside.Take(20))
            {
                _problems.Add(new ImportProblem(r.Line, "the line is garbled and was not read", dept is not null && r.Line >= dept.Line ? ProblemSeverity.Error : ProblemSeverity.Warning));
            }

            var all = _problems.Concat(projects.SelectMany(p => p.Problems)).OrderBy(p => p.Line).ToList();
            return new Declaration
            {
                DepartmentName = name,
                DepartmentCode = code,
                FiscalYear = year,
                Projects = projects,
                DepartmentGoals = dept,
                Problems = all,
            };
        }

        // ---- document ---------------------------------------------------------------------

        private (string? Name, int? Year) FindDepartmentAndYear()
        {
            string? name = null;
            int? year = null;
            foreach (var r in _rows)
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
                var unit = _rows.Select(r => UnitNameRegex().Match(r.Raw)).FirstOrDefault(m => m.Success);
                if (unit is not null)
                {
                    name = TextNormalizer.Cell(unit.Groups["name"].Value);
                }
            }

            if (year is null)
            {
                var y = _rows.Select(r => YearOfFormRegex().Match(r.Raw)).FirstOrDefault(m => m.Success);
                if (y is not null)
                {
                    year = int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture);
                }
            }

            return (name, year);
        }

        private string? FindCode(string name)
        {
            string? best = null;
            foreach (var r in _rows.Where(r => r.HasTabs && r.Cells.Length >= 2))
            {
                var c0 = r.Cells[0];
                if (c0.Length >= 2 && c0.All(char.IsAsciiDigit) && r.Cells[1] == name && (best is null || c0.Length > best.Length))
                {
                    best = c0;
                }
            }

            return best;
        }

        private List<int> FindProjectNameRows()
        {
            var list = new List<int>();
            for (int i = 0; i < _rows.Count; i++)
            {
                if (_rows[i].FirstKey == "项目名称" && _rows[i].Keys[0].Length > 0)
                {
                    list.Add(i);
                }
            }

            return list;
        }

        /// <summary>Lines that are only a project form's title and are followed by the form's header lines or table.</summary>
        private List<int> FindProjectTitleRows()
        {
            var list = new List<int>();
            for (int i = 0; i < _rows.Count; i++)
            {
                var raw = _rows[i].Raw.Trim();
                if (_rows[i].HasTabs || !raw.EndsWith("项目绩效目标申报表", StringComparison.Ordinal) || raw.Contains('.', StringComparison.Ordinal)
                    || raw.Contains('、', StringComparison.Ordinal))
                {
                    continue;
                }

                for (int j = i + 1; j < Math.Min(_rows.Count, i + 12); j++)
                {
                    if (_rows[j].Raw.Contains("填报日期", StringComparison.Ordinal) || YearOfFormRegex().IsMatch(_rows[j].Raw) || _rows[j].HasTabs)
                    {
                        list.Add(i);
                        break;
                    }
                }
            }

            return list;
        }

        private int FindDepartmentFormStart()
        {
            int found = -1;
            for (int i = 0; i < _rows.Count; i++)
            {
                if (!_rows[i].Raw.Contains("部门整体支出绩效目标申报表", StringComparison.Ordinal))
                {
                    continue;
                }

                // the real form has 部门名称 soon after its title (a table of contents does not)
                for (int j = i + 1; j < Math.Min(_rows.Count, i + 16); j++)
                {
                    if (_rows[j].FirstKey == "部门名称")
                    {
                        found = i;
                        break;
                    }
                }
            }

            return found;
        }

        /// <summary>The title line ("…项目绩效目标申报表") a few lines above the 项目名称 row, else that row.</summary>
        private int FormBegin(int nameRow)
        {
            for (int i = nameRow - 1; i >= Math.Max(0, nameRow - 12); i--)
            {
                var r = _rows[i];
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

        // ---- project form -----------------------------------------------------------------

        private ProjectDeclaration ParseProject(int begin, int nameRow, int end)
        {
            var problems = new List<ImportProblem>();
            var indicatorProblems = new List<ImportProblem>();
            var values = new Dictionary<Field, (string Value, int Line)>();
            var funding = new List<FundingLine>();
            var expenses = new List<ExpenseLine>();
            decimal? fundingTotal = null;
            decimal? expenseTotal = null;
            DateOnly? filled = null;
            string? typeLabel = null;
            int? startYear = null;
            int? endYear = null;
            int typeLine = 0;
            var tableRows = new List<TextRow>();
            bool inTable = false;
            bool tableEnded = false;
            bool titleOnly = _rows[nameRow].FirstKey != "项目名称";
            string section = "";
            Field? lastTextField = null;

            for (int i = begin; i <= end; i++)
            {
                var row = _rows[i];
                if (row.IsBlank)
                {
                    continue;
                }

                if (TextNormalizer.LooksGarbled(row.Raw))
                {
                    problems.Add(new ImportProblem(row.Line, "the line is garbled and was not read; the form cannot be read whole"));
                    tableEnded |= inTable; // rows after it may belong to a form whose start is lost
                    continue;
                }

                if (i < nameRow || (titleOnly && values.Count == 0 && !row.HasTabs && !FieldLabels.ContainsKey(row.FirstKey)))
                {
                    var d = FilledDateRegex().Match(row.Raw);
                    if (d.Success && TryDate(d, out var date))
                    {
                        filled = date;
                    }

                    continue;
                }

                if (tableEnded)
                {
                    // rows after the table that no form claims: another form whose start could not be read
                    if (row.HasTabs)
                    {
                        problems.Add(new ImportProblem(row.Line, $"table rows after the indicator table belong to no readable form: {Shorten(row.Raw)}"));
                    }
                    else
                    {
                        problems.Add(new ImportProblem(row.Line, $"text after the indicator table was not read: {Shorten(row.Raw)}", ProblemSeverity.Warning));
                    }

                    continue;
                }

                if (inTable)
                {
                    if (!row.HasTabs && tableRows.Any(r => r.HasTabs))
                    {
                        // the tabbed table has ended; text after it is not part of the form
                        tableEnded = true;
                        problems.Add(new ImportProblem(row.Line, $"text after the indicator table was not read: {Shorten(row.Raw)}", ProblemSeverity.Warning));
                        continue;
                    }

                    tableRows.Add(row);
                    continue;
                }

                if (row.Keys.Any(k => IndicatorVocabulary.IsSectionLabel(k) || k == "一级指标"))
                {
                    inTable = true;
                    tableRows.Add(row);
                    continue;
                }

                var first = row.FirstKey;
                if (FundingSection.Contains(first) && row.Keys[0].Length > 0)
                {
                    section = "funding";
                    lastTextField = null;
                    ReadMoneyRow(row, FundingNoise, isFunding: true);
                    continue;
                }

                if (ExpenseSection.Contains(first) && row.Keys[0].Length > 0)
                {
                    section = "expense";
                    lastTextField = null;
                    ReadMoneyRow(row, ExpenseNoise, isFunding: false);
                    continue;
                }

                if (ReadFields(row))
                {
                    section = "";
                    continue;
                }

                if (section == "funding")
                {
                    ReadMoneyRow(row, FundingNoise, isFunding: true);
                }
                else if (section == "expense")
                {
                    ReadMoneyRow(row, ExpenseNoise, isFunding: false);
                }
                else if (lastTextField is { } tf && !row.HasTabs && values.TryGetValue(tf, out var prev))
                {
                    values[tf] = (prev.Value + TextNormalizer.Text(row.Raw), prev.Line);
                }
                else if (row.Keys.Any(k => k.Length > 0))
                {
                    problems.Add(new ImportProblem(row.Line, $"line not understood in the project form: {Shorten(row.Raw)}", ProblemSeverity.Warning));
                }
            }

            // -- indicators
            IndicatorTableReader? table = null;
            if (tableRows.Count > 0)
            {
                table = IndicatorTableReader.Read(tableRows, indicatorProblems);
            }

            string? V(Field f) => values.TryGetValue(f, out var v) && v.Value.Length > 0 ? v.Value : null;
            int L(Field f) => values.TryGetValue(f, out var v) ? v.Line : _rows[nameRow].Line;

            var name = V(Field.Name);
            if (!values.ContainsKey(Field.Name) && _rows[nameRow].FirstKey != "项目名称")
            {
                problems.Add(new ImportProblem(_rows[nameRow].Line, "the form's 项目名称 row was not found"));
            }

            var label = name is null ? $"the project form at line {_rows[begin].Line}" : $"project '{name}'";
            if (name is null && values.ContainsKey(Field.Name))
            {
                problems.Add(new ImportProblem(_rows[nameRow].Line, "项目名称 (project name) is empty"));
            }

            decimal? total = ReadMoney(Field.TotalBudget, required: false);
            decimal? annual = ReadMoney(Field.AnnualBudget, required: true);

            if (typeLine == 0)
            {
                // no 项目类型 row: nothing to say, the type is optional
            }
            else if (typeLabel is null)
            {
                problems.Add(new ImportProblem(typeLine, $"{label}: no 项目类型 is ticked", ProblemSeverity.Warning));
            }
            else if (typeLabel.Contains('、', StringComparison.Ordinal))
            {
                problems.Add(new ImportProblem(typeLine, $"{label}: several 项目类型 are ticked ({typeLabel})", ProblemSeverity.Warning));
            }

            int lastLine = LastTextLine(begin, end);
            if (table is null)
            {
                problems.Add(new ImportProblem(lastLine, $"{label}: the indicator table (项目年度绩效指标) was not found; the form is incomplete"));
            }
            else if (table.Items.Count == 0)
            {
                problems.Add(new ImportProblem(tableRows[0].Line, $"{label}: the indicator table has no indicators"));
            }
            else if (end == _rows.Count - 1 && !tableEnded && table.LastFamily != IndicatorFamily.Satisfaction)
            {
                problems.Add(new ImportProblem(lastLine, $"{label}: the text ends inside the indicator table, before any 满意度 indicator; it looks truncated"));
            }
            else if (end == _rows.Count - 1 && !tableEnded)
            {
                problems.Add(new ImportProblem(lastLine,
                    $"{label}: the text ends with this form's indicator table; if the file was cut, rows after line {table.Items[^1].Line} may be missing",
                    ProblemSeverity.Warning));
            }

            // consistency (warnings only)
            if (expenses.Count > 0)
            {
                var sum = expenses.Sum(e => e.Amount);
                if (expenseTotal is { } et && et != sum)
                {
                    problems.Add(new ImportProblem(expenses[0].Line, $"{label}: expense items add up to {sum} but their 合计 says {et}", ProblemSeverity.Warning));
                }

                if (annual is { } a && a != sum)
                {
                    problems.Add(new ImportProblem(expenses[0].Line, $"{label}: expense items add up to {sum}, not the annual budget {a}", ProblemSeverity.Warning));
                }
            }

            if (funding.Count > 0 && annual is { } ab && funding.Sum(f => f.Amount) != ab)
            {
                problems.Add(new ImportProblem(funding[0].Line, $"{label}: funding adds up to {funding.Sum(f => f.Amount)}, not the annual budget {ab}", ProblemSeverity.Warning));
            }

            bool complete = !problems.Any(p => p.Severity == ProblemSeverity.Error);
            return new ProjectDeclaration
            {
                Name = name,
                CompetentDepartment = V(Field.CompetentDepartment),
                ExecutingUnit = V(Field.ExecutingUnit),
                LeaderName = V(Field.Leader),
                LeaderPhone = V(Field.Phone),
                TypeLabel = typeLabel,
                StartYear = startYear,
                EndYear = endYear,
                Rationale = V(Field.Rationale),
                Content = V(Field.Content),
                TotalBudget = total,
                AnnualBudget = annual,
                PreviousBudgets = V(Field.PreviousBudgets),
                FundingTotal = fundingTotal,
                Funding = funding,
                ExpenseTotal = expenseTotal,
                Expenses = expenses,
                CalculationBasis = V(Field.CalculationBasis),
                OverallGoal = V(Field.OverallGoal),
                FilledDate = filled,
                Indicators = table?.Items.ToList() ?? [],
                Line = _rows[begin].Line,
                EndLine = lastLine,
                Problems = problems.Concat(indicatorProblems).OrderBy(p => p.Line).ToList(),
                IsComplete = complete,
            };

            decimal? ReadMoney(Field f, bool required)
            {
                if (!values.TryGetValue(f, out var v) || v.Value.Length == 0)
                {
                    if (required)
                    {
                        problems.Add(new ImportProblem(values.TryGetValue(f, out var e) ? e.Line : L(Field.Name), $"{label}: 项目当年预算 (annual budget) is missing"));
                    }

                    return null;
                }

                var m = TextNormalizer.Money(v.Value, out var ok);
                if (!ok)
                {
                    problems.Add(new ImportProblem(v.Line, $"{label}: {(f == Field.AnnualBudget ? "项目当年预算" : "项目总预算")} '{v.Value}' is not an amount"));
                }
                else if (m is null && required)
                {
                    problems.Add(new ImportProblem(v.Line, $"{label}: 项目当年预算 (annual budget) is empty"));
                }

                return m;
            }

            bool ReadFields(TextRow row)
            {
                bool any = false;
                for (int c = 0; c < row.Keys.Length; c++)
                {
                    if (!FieldLabels.TryGetValue(row.Keys[c], out var field))
                    {
                        continue;
                    }

                    any = true;
                    if (field == Field.Type)
                    {
                        typeLine = row.Line;
                        ReadType(row.Raw);
                        break;
                    }

                    string value;
                    if (row.HasTabs)
                    {
                        int j = c + 1;
                        while (j < row.Keys.Length && row.Keys[j].Length == 0)
                        {
                            j++;
                        }

                        if (j >= row.Keys.Length || FieldLabels.ContainsKey(row.Keys[j]))
                        {
                            value = "";
                        }
                        else
                        {
                            value = IsTextField(field) ? TextNormalizer.Text(row.RawCells[j]) : row.Cells[j];
                            c = j;
                        }
                    }
                    else
                    {
                        // cells cut at spaces: the value runs to the next label
                        int j = c + 1;
                        var parts = new List<string>();
                        while (j < row.Keys.Length && !FieldLabels.ContainsKey(row.Keys[j]))
                        {
                            parts.Add(row.RawCells[j]);
                            j++;
                        }

                        value = IsTextField(field) ? TextNormalizer.Text(string.Join(" ", parts)) : TextNormalizer.Cell(string.Concat(parts));
                        c = j - 1;
                    }

                    if (values.TryGetValue(field, out var existing) && existing.Value.Length > 0 && existing.Value != value)
                    {
                        problems.Add(new ImportProblem(row.Line, $"{FieldName(field)} is given twice ('{existing.Value}' at line {existing.Line}, '{value}' here); the first is kept", ProblemSeverity.Warning));
                    }
                    else
                    {
                        values[field] = (value, row.Line);
                    }

                    lastTextField = IsTextField(field) ? field : null;
                }

                return any;
            }

            void ReadType(string raw)
            {
                var ticked = CheckedInputRegex().Matches(raw).Select(m => m.Groups["type"].Value)
                    .Concat(TickRegex().Matches(raw).Select(m => m.Groups["type"].Value))
                    .Distinct().Select(t => t + "项目").ToList();
                if (ticked.Count == 0 && !raw.Contains("<input", StringComparison.Ordinal))
                {
                    // a plain cell: "项目类型 常年性项目"
                    var plain = Regex.Matches(raw, "(一次性|常年性|延续性)").Select(m => m.Value).Distinct().ToList();
                    if (plain.Count == 1)
                    {
                        ticked.Add(plain[0] + "项目");
                    }
                }

                typeLabel = ticked.Count == 0 ? null : string.Join("、", ticked);
                var y = YearsRegex().Match(raw);
                if (y.Success)
                {
                    startYear = int.Parse(y.Groups["from"].Value, CultureInfo.InvariantCulture);
                    endYear = int.Parse(y.Groups["to"].Value, CultureInfo.InvariantCulture);
                }
            }

            void ReadMoneyRow(TextRow row, HashSet<string> noise, bool isFunding)
            {
                var content = new List<(string Cell, string Key)>();
                for (int c = 0; c < row.Keys.Length; c++)
                {
                    var k = row.Keys[c];
                    if (k.Length > 0 && !noise.Contains(k))
                    {
                        content.Add((row.Cells[c], k));
                    }
                }

                if (content.Count == 0)
                {
                    return;
                }

                var itemKey = content[0].Key;
                if (EmptyListItemRegex().IsMatch(content[0].Cell) || IndicatorVocabulary.IsPlaceholder(itemKey))
                {
                    if (content.Count > 1)
                    {
                        problems.Add(new ImportProblem(row.Line, $"an amount without an item was not read: {Shorten(row.Raw)}", ProblemSeverity.Warning));
                    }

                    return;
                }

                var amountText = content.Count >= 2 ? content[^1].Cell : null;
                var amount = TextNormalizer.Money(amountText, out var ok);
                if (!ok)
                {
                    problems.Add(new ImportProblem(row.Line, $"the amount '{amountText}' of '{content[0].Cell}' is not a number"));
                    return;
                }

                if (content.Count > 2)
                {
                    problems.Add(new ImportProblem(row.Line, $"extra cells in a money row were ignored: {Shorten(row.Raw)}", ProblemSeverity.Warning));
                }

                if (itemKey == "合计")
                {
                    if (isFunding)
                    {
                        fundingTotal = amount;
                    }
                    else
                    {
                        expenseTotal = amount;
                    }

                    return;
                }

                if (amount is null)
                {
                    return; // the row is in the form but nothing is written in it
                }

                if (isFunding)
                {
                    funding.Add(new FundingLine(content[0].Cell, amount.Value, row.Line));
                }
                else
                {
                    expenses.Add(new ExpenseLine(ListNumberRegex().Replace(content[0].Cell, ""), amount.Value, row.Line));
                }
            }
        }

        /// <summary>The last line with text in rows begin..end (a trailing empty line is not where a form ends).</summary>
        private int LastTextLine(int begin, int end)
        {
            for (int i = end; i > begin; i--)
            {
                if (!_rows[i].IsBlank)
                {
                    return _rows[i].Line;
                }
            }

            return _rows[begin].Line;
        }

        private static string FieldName(Field f) => FieldLabels.First(kv => kv.Value == f).Key;

        private static bool TryDate(Match d, out DateOnly date)
        {
            date = default;
            int y = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
            int m = int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(d.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, m))
            {
                return false;
            }

            date = new DateOnly(y, m, day);
            return true;
        }

        private static string Shorten(string s)
        {
            s = TextNormalizer.Text(s);
            return s.Length <= 60 ? s : s[..60] + "…";
        }

        // ---- department form ---------------------------------------------------------------

        private DepartmentGoalDeclaration ParseDepartment(int begin, int end)
        {
            string? deptName = null;
            string? filledBy = null;
            string? phone = null;
            decimal? budget = null;
            bool inIncome = false;
            string? longGoal = null;
            string? annualGoal = null;
            var longTerm = new List<IndicatorDeclaration>();
            var annual = new List<IndicatorDeclaration>();

            // where the form really ends (one-cell-per-line text runs into notes and the next part)
            for (int i = begin + 1; i <= end; i++)
            {
                if (!_rows[i].HasTabs && DocumentSectionRegex().IsMatch(_rows[i].Raw))
                {
                    end = i - 1;
                    break;
                }
            }

            // goal sections
            var headings = new List<(int Index, bool LongTerm, int Number, string? Title)>();
            for (int i = begin; i <= end; i++)
            {
                var m = GoalHeadingRegex().Match(_rows[i].Raw.Replace('\t', ' '));
                if (m.Success)
                {
                    var title = TextNormalizer.Text(m.Groups["title"].Value);
                    headings.Add((i, m.Groups["kind"].Value == "长期目标", int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), title.Length == 0 ? null : title));
                }
            }

            int headerEnd = headings.Count > 0 ? headings[0].Index - 1 : end;
            for (int i = begin; i <= headerEnd; i++)
            {
                var row = _rows[i];
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
                    else if (k == "合计" && inIncome && budget is null)
                    {
                        var amount = TextNormalizer.Money(Next(), out var ok);
                        if (!ok)
                        {
                            _problems.Add(new ImportProblem(row.Line, $"the department's current-year total '{Next()}' is not an amount"));
                        }

                        budget = amount;
                    }
                }

                if (row.FirstKey is "整体绩效总目标" or "整体绩效目标" or "部门整体绩效目标")
                {
                    (longGoal, annualGoal) = ReadGoalTexts(i + 1, headerEnd);
                }
            }

            var longTermProblems = new List<ImportProblem>();
            int longTermEnd = -1;
            for (int h = 0; h < headings.Count; h++)
            {
                var (index, isLong, number, title) = headings[h];
                int last = h + 1 < headings.Count ? headings[h + 1].Index - 1 : end;
                var rows = _rows.Skip(index + 1).Take(last - index).Where(r => !IsTrailingNote(r)).ToList();
                var reader = IndicatorTableReader.Read(rows, _problems, number, title);
                var kind = isLong ? "长期目标" : "年度目标";
                if (reader.Items.Count == 0)
                {
                    _problems.Add(new ImportProblem(_rows[index].Line, $"{kind} {number}: no indicators were found", ProblemSeverity.Warning));
                }
                else if (last == _rows.Count - 1 && end == _rows.Count - 1 && h == headings.Count - 1 && reader.LastFamily != IndicatorFamily.Satisfaction)
                {
                    var truncated = new ImportProblem(LastTextLine(index, last), $"{kind} {number}: the text ends inside its indicator table, before any 满意度 indicator; it looks truncated");
                    _problems.Add(truncated);
                    if (isLong)
                    {
                        longTermProblems.Add(truncated);
                    }
                }

                if (isLong)
                {
                    longTermEnd = last;
                }

                (isLong ? longTerm : annual).AddRange(reader.Items);
            }

            // the long-term goals go in whole or not at all (the importer reads this): a garbled line from
            // the form's start on may be a lost 长期目标 heading, whose rows then sit under another goal
            if (longTermEnd >= 0)
            {
                longTermProblems.AddRange(LongTermGaps(headings.Where(h => h.LongTerm).Select(h => (_rows[h.Index].Line, h.Number)).ToList()));
                longTermProblems.AddRange(_rows.Skip(begin).Take(longTermEnd - begin + 1).Where(r => TextNormalizer.LooksGarbled(r.Raw))
                    .Select(r => new ImportProblem(r.Line, "the line is garbled, so the 长期目标 tables cannot be read whole")));
            }

            if (deptName is null && filledBy is null && budget is null && headings.Count == 0)
            {
                _problems.Add(new ImportProblem(_rows[begin].Line, "the 部门整体支出绩效目标申报表 could not be read"));
            }

            return new DepartmentGoalDeclaration
            {
                DepartmentName = deptName,
                FilledBy = filledBy,
                Phone = phone,
                AnnualBudget = budget,
                LongTermGoal = longGoal,
                AnnualGoal = annualGoal,
                LongTermIndicators = longTerm,
                AnnualIndicators = annual,
                LongTermProblems = longTermProblems.OrderBy(p => p.Line).ToList(),
                Line = _rows[begin].Line,
            };
        }

        /// <summary>
        /// 长期目标 headings are numbered 1, 2, 3 …; a number that is not there means a heading (and the
        /// rows of its table, now counted under the goal above) was lost, so the long-term goals are not whole.
        /// </summary>
        private static IEnumerable<ImportProblem> LongTermGaps(List<(int Line, int Number)> headings)
        {
            int expected = 1;
            foreach (var (line, number) in headings)
            {
                if (number > expected)
                {
                    yield return new ImportProblem(line, $"长期目标 {expected}{(number - 1 > expected ? $"–{number - 1}" : "")} not found before 长期目标 {number}");
                }

                expected = Math.Max(expected, number + 1);
            }
        }

        private static bool IsTrailingNote(TextRow r) => !r.HasTabs && r.Raw.TrimStart().StartsWith("备注", StringComparison.Ordinal);

        /// <summary>The 长期目标 / 年度目标 texts under 整体绩效总目标.</summary>
        private (string? LongTerm, string? Annual) ReadGoalTexts(int from, int to)
        {
            var rows = _rows.Skip(from).Take(Math.Max(0, to - from + 1)).Where(r => !r.IsBlank).ToList();
            if (rows.Count == 0)
            {
                return (null, null);
            }

            if (rows.Any(r => r.HasTabs))
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

            // one line each: the numbering starts again at the annual goals
            var longItems = new List<string>();
            var annualItems = new List<string>();
            var current = longItems;
            int lastNumber = 0;
            foreach (var r in rows)
            {
                var text = TextNormalizer.Text(r.Raw);
                if (text.Replace(" ", "", StringComparison.Ordinal) is "长期目标年度目标" or "长期目标" or "年度目标")
                {
                    continue;
                }

                if (IndicatorVocabulary.IsPlaceholder(TextNormalizer.Key(text)))
                {
                    continue;
                }

                var m = GoalItemRegex().Match(text);
                if (m.Success)
                {
                    int n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
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
}
