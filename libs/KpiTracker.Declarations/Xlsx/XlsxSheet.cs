using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTracker.Declarations;

/// <summary>
/// One sheet of a workbook as rows of cells by header: the first row with text is the header (spaces in
/// it ignored), every later row with text a <see cref="SheetRow"/>. Shared strings and inline strings are
/// both read; a missing sheet is a problem, not an exception.
/// </summary>
internal static class XlsxSheet
{
    public static List<SheetRow> Rows(SpreadsheetDocument xlsx, string sheetName, List<ImportProblem> problems)
    {
        var workbook = xlsx.WorkbookPart;
        var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value?.Trim() == sheetName);
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            problems.Add(new ImportProblem(0, $"the workbook has no sheet {sheetName} (make one with `kpi template`)"));
            return [];
        }
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        Dictionary<int, string>? header = null;
        var rows = new List<SheetRow>();
        uint lastIndex = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = row.RowIndex?.Value ?? lastIndex + 1;
            lastIndex = index;
            var cells = new Dictionary<int, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : position;
                position = column + 1;
                var text = CellText(cell, shared);
                if (!string.IsNullOrWhiteSpace(text)) cells[column] = text.Trim();
            }
            if (cells.Count == 0) continue;
            if (header is null)
            {
                header = cells;
                continue;
            }
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, text) in cells)
                if (header.TryGetValue(column, out var h)) byName[h.Replace(" ", "", StringComparison.Ordinal)] = text;
            rows.Add(new SheetRow(sheetName, (int)index, byName));
        }
        return rows;
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k >= 0 && k < shared.Length ? shared[k] : null;
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return n - 1;
    }
}
