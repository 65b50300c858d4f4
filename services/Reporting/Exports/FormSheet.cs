namespace KpiTracker.Reporting.Exports;

/// <summary>
/// One sheet laid out as a grid: the writers (XLSX, CSV) only render it. Merged cells carry
/// their value in the top-left cell; the other cells of the block are empty.
/// </summary>
public sealed class FormSheet(string title, int columns, double[] widths)
{
    public string Title { get; } = title;
    public int Columns { get; } = columns;
    public double[] Widths { get; } = widths;
    public List<FormCell[]> Rows { get; } = [];
    public List<Merge> Merges { get; } = [];

    /// <summary>How the sheet prints: A4 landscape unless the form is portrait.</summary>
    public bool Landscape { get; init; } = true;

    /// <summary>The first rows (the title block) repeat at the top of every printed page.</summary>
    public int RepeatRows { get; init; } = 2;

    public int Add(params FormCell[] cells)
    {
        var row = new FormCell[Columns];
        for (var i = 0; i < Columns; i++) row[i] = i < cells.Length ? cells[i] : new FormCell(null, cells.Length > 0 ? cells[^1].Style : CellStyle.Text);
        Rows.Add(row);
        return Rows.Count - 1;
    }

    public void Merge(int row1, int col1, int row2, int col2)
    {
        if (row1 == row2 && col1 == col2) return;
        Merges.Add(new Merge(row1, col1, row2, col2));
    }
}
