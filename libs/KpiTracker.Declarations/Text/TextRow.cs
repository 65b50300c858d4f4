namespace KpiTracker.Declarations;

/// <summary>One line of the text, cut into cells: at tabs, or (when the line has none) at spaces.</summary>
internal sealed class TextRow
{
    public TextRow(int line, string raw)
    {
        Line = line;
        Raw = raw;
        HasTabs = raw.Contains('\t', StringComparison.Ordinal);
        RawCells = HasTabs
            ? raw.Split('\t')
            : raw.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        Cells = RawCells.Select(TextNormalizer.Cell).ToArray();
        Keys = RawCells.Select(TextNormalizer.Key).ToArray();
    }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    public string Raw { get; }
    public bool HasTabs { get; }
    public string[] RawCells { get; }
    public string[] Cells { get; }
    public string[] Keys { get; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Raw);
    public string FirstKey => Keys.FirstOrDefault(k => k.Length > 0) ?? "";
}
