namespace KpiTracker.Declarations;

/// <summary>The text cut into <see cref="TextRow"/>s, with what every reader of it asks of the rows.</summary>
internal sealed class TextDocument
{
    public TextDocument(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        Rows = lines.Select((l, i) => new TextRow(i + 1, l)).ToList();
    }

    public IReadOnlyList<TextRow> Rows { get; }

    public int Count => Rows.Count;

    /// <summary>The index of the last row.</summary>
    public int Last => Rows.Count - 1;

    public TextRow this[int index] => Rows[index];

    /// <summary>Rows first..last (indexes, both included).</summary>
    public IEnumerable<TextRow> Range(int first, int last) => Rows.Skip(first).Take(Math.Max(0, last - first + 1));

    /// <summary>The last line with text in rows begin..end (a trailing empty line is not where a form ends).</summary>
    public int LastTextLine(int begin, int end)
    {
        for (int i = end; i > begin; i--)
        {
            if (!Rows[i].IsBlank)
            {
                return Rows[i].Line;
            }
        }

        return Rows[begin].Line;
    }

    /// <summary>A line as quoted in a problem: cleaned, and cut after 60 characters.</summary>
    public static string Shorten(string s)
    {
        s = TextNormalizer.Text(s);
        return s.Length <= 60 ? s : s[..60] + "…";
    }
}
