namespace KpiTracker.Declarations;

/// <summary>
/// What is checked once a project form is read: the 项目类型 ticks, whether the indicator table is there
/// and whole, and whether the money adds up (warnings only: the form's own figures are kept).
/// </summary>
internal sealed class ProjectFormChecks(List<ImportProblem> problems, string label)
{
    public void Type(ProjectTypeCell? type)
    {
        if (type is null)
        {
            return; // no 项目类型 row: nothing to say, the type is optional
        }

        if (type.Label is null)
        {
            problems.Add(new ImportProblem(type.Line, $"{label}: no 项目类型 is ticked", ProblemSeverity.Warning));
        }
        else if (type.Label.Contains('、', StringComparison.Ordinal))
        {
            problems.Add(new ImportProblem(type.Line, $"{label}: several 项目类型 are ticked ({type.Label})", ProblemSeverity.Warning));
        }
    }

    /// <summary>
    /// A form without an indicator table, or with an empty one, is incomplete; so is one whose table the
    /// text ends in before any 满意度 row (the file was cut). Ending after a 满意度 row is only said.
    /// </summary>
    public void Table(IndicatorTable? table, ProjectTableRows rows, int lastLine, bool endsTheText)
    {
        // Untabbed text as the very last line is a row cut in half ("满意" of 满意度指标), not text after the table.
        var textEndsInTable = endsTheText && (!rows.Ended || rows.EndedByTextAt == lastLine);
        if (table is null)
        {
            problems.Add(new ImportProblem(lastLine, $"{label}: the indicator table (项目年度绩效指标) was not found; the form is incomplete"));
        }
        else if (table.Items.Count == 0)
        {
            problems.Add(new ImportProblem(rows.Rows[0].Line, $"{label}: the indicator table has no indicators"));
        }
        else if (textEndsInTable && table.LastFamily != Level1.Satisfaction)
        {
            problems.Add(new ImportProblem(lastLine, $"{label}: the text ends inside the indicator table, before any 满意度 indicator; it looks truncated"));
        }
        else if (textEndsInTable)
        {
            problems.Add(new ImportProblem(lastLine,
                $"{label}: the text ends with this form's indicator table; if the file was cut, rows after line {table.Items[^1].Line} may be missing",
                ProblemSeverity.Warning));
        }
    }

    public void Money(MoneyRowReader money, decimal? annual)
    {
        var expenses = money.Expenses;
        if (expenses.Count > 0)
        {
            var sum = expenses.Sum(e => e.Amount);
            if (money.ExpenseTotal is { } et && et != sum)
            {
                problems.Add(new ImportProblem(expenses[0].Line, $"{label}: expense items add up to {sum} but their 合计 says {et}", ProblemSeverity.Warning));
            }

            if (annual is { } a && a != sum)
            {
                problems.Add(new ImportProblem(expenses[0].Line, $"{label}: expense items add up to {sum}, not the annual budget {a}", ProblemSeverity.Warning));
            }
        }

        var funding = money.Funding;
        if (funding.Count > 0 && annual is { } ab && funding.Sum(f => f.Amount) != ab)
        {
            problems.Add(new ImportProblem(funding[0].Line, $"{label}: funding adds up to {funding.Sum(f => f.Amount)}, not the annual budget {ab}", ProblemSeverity.Warning));
        }
    }
}
