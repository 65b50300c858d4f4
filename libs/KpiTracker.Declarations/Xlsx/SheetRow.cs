using System.Globalization;

namespace KpiTracker.Declarations;

/// <summary>One data row of a template sheet, its cells by header; the typed reads add a problem naming the column when a cell is not what it should be.</summary>
internal sealed record SheetRow(string Sheet, int Line, Dictionary<string, string> Cells)
{
    public string? Text(string column) => Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    public ImportProblem Problem(string sheet, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
        new(Line, $"sheet {sheet}: {message}", severity);

    public decimal? Decimal(string column, List<ImportProblem> problems)
    {
        var text = Text(column);
        if (text is null) return null;
        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return Math.Round(d, 4);
        problems.Add(Problem(Sheet, $"{column} '{text}' is not a number"));
        return null;
    }

    public int? Int(string column, List<ImportProblem> problems)
    {
        var d = Decimal(column, problems);
        if (d is null) return null;
        if (d == Math.Floor(d.Value) && d is >= int.MinValue and <= int.MaxValue) return (int)d.Value;
        problems.Add(Problem(Sheet, $"{column} '{d}' is not a whole number"));
        return null;
    }

    public DateOnly? Date(string column, List<ImportProblem> problems)
    {
        var text = Text(column);
        if (text is null) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // Excel keeps a typed date as a serial number
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        problems.Add(Problem(Sheet, $"{column} '{text}' is not a date (2020-10-12)"));
        return null;
    }
}
