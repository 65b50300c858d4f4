using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTracker.Declarations;

/// <summary>Writes one sheet of the template: a header row, then one row per item; text as inline strings, numbers as numbers.</summary>
internal static class XlsxSheetWriter
{
    public static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string[] header, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columns = new Columns();
        for (var c = 0; c < header.Length; c++)
        {
            var width = header[c] is "申请理由" or "主要内容" or "项目绩效总目标" or "测算依据" or "前两年预算及当年预算变动情况" or "三级指标" ? 40d : 16d;
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        part.Worksheet = new Worksheet(columns, data);
        uint r = 1;
        data.Append(RowOf(r++, header));
        foreach (var row in rows) data.Append(RowOf(r++, row));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row RowOf(uint index, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    continue;
                case decimal d:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d) });
                    break;
                case int n:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) });
                    break;
                default:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[c]!.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) });
                    break;
            }
        }
        return row;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
