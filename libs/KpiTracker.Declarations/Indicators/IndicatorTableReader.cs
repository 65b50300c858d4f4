namespace KpiTracker.Declarations;

/// <summary>
/// Reads the rows of one indicator table (一级指标 / 二级指标 / 指标内容 / 指标值 / 绩效标准).
/// Cells are classified by what they say rather than by their column, because the extraction
/// shifts columns: a merged level-1 or level-2 cell is written on one row and carried down to the
/// rows below it, until a row names a new one.
/// Two layouts: rows with tab-separated cells (<see cref="TabbedIndicatorRows"/>), and text with one
/// cell fragment per line, no tabs (<see cref="FragmentIndicatorRows"/>), where fragments are joined back
/// into labels and names.
/// </summary>
internal static class IndicatorTableReader
{
    public static IndicatorTable Read(IReadOnlyList<TextRow> rows, List<ImportProblem> problems, int? goalNumber = null, string? goalTitle = null)
    {
        var table = new IndicatorTable(problems, goalNumber, goalTitle);
        if (rows.Any(r => r.HasTabs))
        {
            new TabbedIndicatorRows(table).Read(rows);
        }
        else
        {
            new FragmentIndicatorRows(table).Read(rows);
        }

        return table;
    }
}
