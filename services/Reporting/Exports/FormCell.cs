namespace KpiTracker.Reporting.Exports;

public readonly record struct FormCell(object? Value, CellStyle Style)
{
    public static FormCell Text(string? s, CellStyle style = CellStyle.Text) => new(s, style);
    public static FormCell Num(decimal? d, CellStyle style = CellStyle.Number) => new(d, style);
}
