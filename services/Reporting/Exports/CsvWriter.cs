using System.Globalization;
using System.Text;

namespace KpiTracker.Reporting.Exports;

/// <summary>
/// CSV in UTF-8 with a BOM (so Excel opens Chinese text correctly), RFC 4180 quoting; sheets
/// follow one another separated by an empty line. Writes straight to the response.
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    public const string ContentType = "text/csv; charset=utf-8";

    readonly StreamWriter writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
    bool first = true;

    public async Task WriteAsync(FormSheet sheet)
    {
        if (!first) await writer.WriteLineAsync();
        first = false;
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0) await writer.WriteAsync(',');
                await writer.WriteAsync(Escape(Format(row[c])));
            }
            await writer.WriteAsync("\r\n");
        }
        await writer.FlushAsync();
    }

    static string Format(FormCell cell) => cell.Value switch
    {
        null => "",
        decimal d when cell.Style == CellStyle.Percent => Saturating.Multiply(d, 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        // Stored text may predate the edge's checks: a NUL or another control character never reaches the file.
        var v => TextRule.Clean(v.ToString() ?? ""),
    };

    static string Escape(string s)
    {
        // A leading = + - @ would run as a formula in a spreadsheet: keep text as text.
        if (s.Length > 0 && "=+-@".Contains(s[0]) && !decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) s = "'" + s;
        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        await writer.DisposeAsync();
    }
}
