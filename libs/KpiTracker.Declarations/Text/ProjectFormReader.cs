using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// Reads one 项目绩效目标申报表 between the lines <see cref="FormLocator"/> found for it: the header lines
/// above the 项目名称 row (填报日期), the labelled fields, the two money sections and the indicator table.
/// Each line goes to the first part that takes it; a garbled line or a cut table makes the form incomplete.
/// </summary>
internal sealed partial class ProjectFormReader
{
    [GeneratedRegex(@"填报日期\s*[:：]\s*(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex FilledDateRegex();

    private readonly TextDocument _doc;
    private readonly ProjectFormSpan _span;
    private readonly List<ImportProblem> _problems = [];
    private readonly ProjectFieldReader _fields;
    private readonly MoneyRowReader _money;
    private readonly ProjectTableRows _table;
    private readonly bool _titleOnly;
    private DateOnly? _filled;

    private ProjectFormReader(TextDocument doc, ProjectFormSpan span)
    {
        _doc = doc;
        _span = span;
        _fields = new ProjectFieldReader(_problems);
        _money = new MoneyRowReader(_problems);
        _table = new ProjectTableRows(_problems);
        _titleOnly = doc[span.NameRow].FirstKey != "项目名称";
    }

    public static ProjectDeclaration Read(TextDocument doc, ProjectFormSpan span)
    {
        var reader = new ProjectFormReader(doc, span);
        for (int i = span.Begin; i <= span.End; i++)
        {
            reader.Take(i, doc[i]);
        }

        return reader.Build();
    }

    private void Take(int index, TextRow row)
    {
        if (row.IsBlank)
        {
            return;
        }

        if (TextNormalizer.LooksGarbled(row.Raw))
        {
            _problems.Add(new ImportProblem(row.Line, "the line is garbled and was not read; the form cannot be read whole"));
            _table.CutByGarbledLine();
            return;
        }

        if (IsHeaderLine(index, row))
        {
            ReadFilledDate(row);
            return;
        }

        if (_table.TryTake(row))
        {
            return;
        }

        if (_money.TryStartSection(row))
        {
            _fields.EndText();
            return;
        }

        if (_fields.TryRead(row))
        {
            _money.EndSection();
            return;
        }

        if (_money.TryReadInSection(row) || _fields.TryContinueText(row))
        {
            return;
        }

        if (row.Keys.Any(k => k.Length > 0))
        {
            _problems.Add(new ImportProblem(row.Line, $"line not understood in the project form: {TextDocument.Shorten(row.Raw)}", ProblemSeverity.Warning));
        }
    }

    /// <summary>The title's lines above the 项目名称 row; in a form whose 项目名称 row is lost, the untabbed lines before its first field.</summary>
    private bool IsHeaderLine(int index, TextRow row) =>
        index < _span.NameRow || (_titleOnly && _fields.IsEmpty && !row.HasTabs && !ProjectFieldLabels.IsLabel(row.FirstKey));

    private void ReadFilledDate(TextRow row)
    {
        var d = FilledDateRegex().Match(row.Raw);
        if (!d.Success)
        {
            return;
        }

        int y = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
        int m = int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(d.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y >= 1 && m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, m))
        {
            _filled = new DateOnly(y, m, day);
        }
    }

    private ProjectDeclaration Build()
    {
        var indicatorProblems = new List<ImportProblem>();
        var table = _table.Rows.Count > 0 ? IndicatorTableReader.Read(_table.Rows, indicatorProblems) : null;
        var nameRow = _doc[_span.NameRow];
        var name = _fields.Value(ProjectField.Name);
        if (!_fields.Has(ProjectField.Name) && nameRow.FirstKey != "项目名称")
        {
            _problems.Add(new ImportProblem(nameRow.Line, "the form's 项目名称 row was not found"));
        }

        var label = name is null ? $"the project form at line {_doc[_span.Begin].Line}" : $"project '{name}'";
        if (name is null && _fields.Has(ProjectField.Name))
        {
            _problems.Add(new ImportProblem(nameRow.Line, "项目名称 (project name) is empty"));
        }

        var total = _fields.Money(ProjectField.TotalBudget, required: false, label, nameRow.Line);
        var annual = _fields.Money(ProjectField.AnnualBudget, required: true, label, nameRow.Line);
        var checks = new ProjectFormChecks(_problems, label);
        checks.Type(_fields.Type);
        int lastLine = _doc.LastTextLine(_span.Begin, _span.End);
        checks.Table(table, _table, lastLine, endsTheText: _span.End == _doc.Last);
        checks.Money(_money, annual);

        return new ProjectDeclaration
        {
            Name = name,
            CompetentDepartment = _fields.Value(ProjectField.CompetentDepartment),
            ExecutingUnit = _fields.Value(ProjectField.ExecutingUnit),
            LeaderName = _fields.Value(ProjectField.Leader),
            LeaderPhone = _fields.Value(ProjectField.Phone),
            TypeLabel = _fields.Type?.Label,
            StartYear = _fields.Type?.StartYear,
            EndYear = _fields.Type?.EndYear,
            Rationale = _fields.Value(ProjectField.Rationale),
            Content = _fields.Value(ProjectField.Content),
            TotalBudget = total,
            AnnualBudget = annual,
            PreviousBudgets = _fields.Value(ProjectField.PreviousBudgets),
            FundingTotal = _money.FundingTotal,
            Funding = _money.Funding,
            ExpenseTotal = _money.ExpenseTotal,
            Expenses = _money.Expenses,
            CalculationBasis = _fields.Value(ProjectField.CalculationBasis),
            OverallGoal = _fields.Value(ProjectField.OverallGoal),
            FilledDate = _filled,
            Indicators = table?.Items.ToList() ?? [],
            Line = _doc[_span.Begin].Line,
            EndLine = lastLine,
            Problems = _problems.Concat(indicatorProblems).OrderBy(p => p.Line).ToList(),
            // an indicator's own problem skips that indicator, not the project
            IsComplete = !_problems.Any(p => p.Severity == ProblemSeverity.Error),
        };
    }
}
