namespace KpiTracker.Declarations;

/// <summary>
/// The rows of a project form's indicator table (项目年度绩效指标), the last part of the form: it starts
/// at its section label or 一级指标 header and ends at the first untabbed line after tabbed rows. Whatever
/// follows belongs to no readable form and is reported, not read.
/// </summary>
internal sealed class ProjectTableRows(List<ImportProblem> problems)
{
    private readonly List<TextRow> _rows = [];
    private bool _inTable;

    public IReadOnlyList<TextRow> Rows => _rows;

    /// <summary>The table ended before the form did (text after it, or a garbled line inside it).</summary>
    public bool Ended { get; private set; }

    /// <summary>The line of the untabbed text that ended the table, when text did.</summary>
    public int? EndedByTextAt { get; private set; }

    /// <summary>A garbled line inside the table cuts it: rows after it may belong to a form whose start is lost.</summary>
    public void CutByGarbledLine() => Ended |= _inTable;

    /// <summary>Takes a row that starts, continues or follows the table; false for a row before it.</summary>
    public bool TryTake(TextRow row)
    {
        if (Ended)
        {
            // rows after the table that no form claims: another form whose start could not be read
            problems.Add(row.HasTabs
                ? new ImportProblem(row.Line, $"table rows after the indicator table belong to no readable form: {TextDocument.Shorten(row.Raw)}")
                : new ImportProblem(row.Line, $"text after the indicator table was not read: {TextDocument.Shorten(row.Raw)}", ProblemSeverity.Warning));
            return true;
        }

        if (_inTable)
        {
            if (!row.HasTabs && _rows.Any(r => r.HasTabs))
            {
                // the tabbed table has ended; text after it is not part of the form
                Ended = true;
                EndedByTextAt = row.Line;
                problems.Add(new ImportProblem(row.Line, $"text after the indicator table was not read: {TextDocument.Shorten(row.Raw)}", ProblemSeverity.Warning));
                return true;
            }

            _rows.Add(row);
            return true;
        }

        if (row.Keys.Any(k => IndicatorVocabulary.IsSectionLabel(k) || k == "一级指标"))
        {
            _inTable = true;
            _rows.Add(row);
            return true;
        }

        return false;
    }
}
