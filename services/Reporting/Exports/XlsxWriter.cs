using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTracker.Reporting.Exports;

/// <summary>
/// Writes sheets with <see cref="OpenXmlWriter"/> (SAX), one at a time, so a department of many
/// projects never sits in memory as a DOM. Strings are inline (no shared-string table to keep).
/// Sheets may be added in any order and listed in another (the summary first, written last).
/// Every sheet prints as the paper form does (issue 10, item 8): A4 in the sheet's orientation, fitted
/// one page wide (as many pages down as it needs), its title block repeated on every page.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    readonly SpreadsheetDocument document;
    readonly WorkbookPart workbook;
    readonly List<(string Name, string RelationshipId)> sheets = [];
    readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    // By relationship id: a sheet may be listed under another name than it was written with (the summary).
    readonly Dictionary<string, int> repeatRows = new(StringComparer.Ordinal);

    public XlsxWriter(Stream stream)
    {
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
    }

    /// <summary>Writes a sheet and returns the (sanitised, unique) name it got.</summary>
    public (string Name, string RelationshipId) Write(FormSheet sheet, string wantedName)
    {
        var name = UniqueName(wantedName);
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var w = OpenXmlWriter.Create(part))
        {
            w.WriteStartElement(new Worksheet());
            // Fit to page: the page setup's fitToWidth / fitToHeight apply only with this set.
            w.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            w.WriteStartElement(new Columns());
            for (var c = 0; c < sheet.Widths.Length; c++)
                w.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = sheet.Widths[c], CustomWidth = true });
            w.WriteEndElement();
            w.WriteStartElement(new SheetData());
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                w.WriteStartElement(new Row { RowIndex = (uint)r + 1 });
                var row = sheet.Rows[r];
                for (var c = 0; c < row.Length; c++) w.WriteElement(CellOf(row[c], Reference(r, c)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            if (sheet.Merges.Count > 0)
            {
                w.WriteStartElement(new MergeCells { Count = (uint)sheet.Merges.Count });
                foreach (var m in sheet.Merges)
                    w.WriteElement(new MergeCell { Reference = $"{Reference(m.Row1, m.Col1)}:{Reference(m.Row2, m.Col2)}" });
                w.WriteEndElement();
            }
            WritePrintLayout(w, sheet);
            w.WriteEndElement();
        }
        var id = workbook.GetIdOfPart(part);
        if (sheet.RepeatRows > 0) repeatRows[id] = sheet.RepeatRows;
        return (name, id);
    }

    /// <summary>Lists the sheets in the workbook in the given order; call once, last.</summary>
    public void Finish(IEnumerable<(string Name, string RelationshipId)> order)
    {
        using (var w = OpenXmlWriter.Create(workbook))
        {
            w.WriteStartElement(new Workbook());
            w.WriteStartElement(new Sheets());
            uint id = 1;
            var listed = order.ToList();
            foreach (var (name, rel) in listed) w.WriteElement(new Sheet { Name = name, SheetId = id++, Id = rel });
            w.WriteEndElement();
            // Print titles are workbook-level names scoped to a sheet by its position in the list.
            var titles = listed.Select((s, index) => (s.Name, s.RelationshipId, Index: index)).Where(s => repeatRows.ContainsKey(s.RelationshipId)).ToList();
            if (titles.Count > 0)
            {
                w.WriteStartElement(new DefinedNames());
                foreach (var (name, rel, index) in titles)
                    w.WriteElement(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${repeatRows[rel]}")
                    {
                        Name = "_xlnm.Print_Titles", LocalSheetId = (uint)index,
                    });
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
    }

    public void Dispose() => document.Dispose();

    // After the merges, in the schema's order: centred on the page, narrow margins, A4 (paperSize 9)
    // one page wide and as many pages down as the rows need (fitToHeight 0).
    static void WritePrintLayout(OpenXmlWriter w, FormSheet sheet)
    {
        w.WriteElement(new PrintOptions { HorizontalCentered = true });
        w.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        w.WriteElement(new PageSetup
        {
            PaperSize = 9,
            Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe, unique.</summary>
    public string UniqueName(string wanted)
    {
        var clean = new string(TextRule.Clean(wanted, multiLine: false).Where(ch => "[]:*?/\\".IndexOf(ch) < 0 && ch != '\uFFFD').ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        var name = Cut(clean, 31);
        for (var k = 2; !names.Add(name); k++)
        {
            var suffix = $"({k})";
            name = Cut(clean, 31 - suffix.Length) + suffix;
        }
        return name;
    }

    static string Cut(string s, int max)
    {
        if (s.Length <= max) return s;
        // Do not split a surrogate pair.
        var cut = char.IsHighSurrogate(s[max - 1]) ? max - 1 : max;
        return s[..cut].TrimEnd('\'');
    }

    public static string Reference(int row, int col)
    {
        var letters = "";
        for (var c = col + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1);
    }

    static Cell CellOf(FormCell cell, string reference)
    {
        var style = StyleIndex(cell.Style);
        return cell.Value switch
        {
            null => new Cell { CellReference = reference, StyleIndex = style },
            decimal d => new Cell(new CellValue(d)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style },
            int i => new Cell(new CellValue(i)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style },
            // Stored text may predate the edge's checks (or come from an event): characters XML cannot hold are replaced, never written.
            var v => new Cell(new InlineString(new Text(TextRule.Clean(v.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
            },
        };
    }

    static uint StyleIndex(CellStyle s) => s switch
    {
        CellStyle.Title => 1,
        CellStyle.Header => 2,
        CellStyle.Text => 3,
        CellStyle.Money => 4,
        CellStyle.Number => 5,
        CellStyle.Percent => 6,
        CellStyle.Label => 7,
        _ => 0,
    };

    static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        static Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "宋体" })
            : new Font(new FontSize { Val = size }, new FontName { Val = "宋体" });
        static Alignment Align(bool center) => new()
        {
            Horizontal = center ? HorizontalAlignmentValues.Center : HorizontalAlignmentValues.Left,
            Vertical = VerticalAlignmentValues.Center, WrapText = true,
        };
        static CellFormat Format(uint font, uint border, uint numFmt, bool center) => new(Align(center))
        {
            FontId = font, BorderId = border, FillId = 0, NumberFormatId = numFmt, ApplyFont = true, ApplyBorder = true,
            ApplyAlignment = true, ApplyNumberFormat = numFmt != 0,
        };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00##" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00" }) { Count = 2 },
            new Fonts(Font(11, false), Font(16, true), Font(11, true)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(), thin) { Count = 2 },
            new CellFormats(
                new CellFormat(),                 // 0 plain
                Format(1, 0, 0, true),            // 1 title
                Format(2, 1, 0, true),            // 2 header
                Format(0, 1, 0, false),           // 3 text
                Format(0, 1, 164, false),         // 4 money, up to 4 decimals
                Format(0, 1, 165, false),         // 5 points and scores, 2 decimals
                Format(0, 1, 10, false),          // 6 percent 0.00%
                Format(0, 1, 0, true))            // 7 label, centred
            { Count = 8 });
    }
}
