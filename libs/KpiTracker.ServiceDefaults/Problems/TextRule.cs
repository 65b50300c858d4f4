namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// What a text field may hold: at most <see cref="MaxLength"/> characters of valid Unicode, and no
/// control characters — except tab, line feed and carriage return in a multi-line field (notes,
/// reasons, a declaration's paragraphs). PostgreSQL refuses U+0000 in text, Npgsql refuses an
/// unpaired surrogate, XML (so XLSX) refuses most C0 controls and U+FFFE/U+FFFF, and a code or a
/// name is never meant to hold any of them: such text is refused where it enters, naming the field.
/// </summary>
public readonly record struct TextRule(int MaxLength, bool MultiLine)
{
    public static TextRule Line(int max) => new(max, false);

    public static TextRule Lines(int max) => new(max, true);

    /// <summary>Codes: department codes, user ids, enum codes.</summary>
    public static readonly TextRule Code = Line(50);

    /// <summary>Names, targets, units, one-line values.</summary>
    public static readonly TextRule Name = Line(200);

    /// <summary>Notes, reasons, deviation notes (偏差原因): a few paragraphs.</summary>
    public static readonly TextRule Note = Lines(2000);

    /// <summary>The declaration's paragraphs (申请理由, 主要内容, 测算依据, 绩效总目标).</summary>
    public static readonly TextRule Paragraphs = Lines(8000);

    /// <summary>Why <paramref name="text"/> breaks the rule, or null when it keeps it.</summary>
    public string? Problem(string text)
    {
        if (text.Length > MaxLength) return $"must be at most {MaxLength} characters (this one has {text.Length}).";
        var at = FirstRefused(text, MultiLine);
        if (at < 0) return null;
        var c = text[at];
        if (char.IsSurrogate(c)) return $"is not valid Unicode: an unpaired surrogate U+{(int)c:X4} at position {at + 1}.";
        var allowed = MultiLine ? " (line breaks and tabs are allowed)" : " (one line: no line breaks or tabs)";
        return $"must not hold control characters: U+{(int)c:X4} at position {at + 1}{allowed}.";
    }

    /// <summary>Index of the first character refused in text, or -1.</summary>
    public static int FirstRefused(string text, bool multiLine)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return i;
            if (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r')) return i;
        }
        return -1;
    }

    /// <summary>
    /// Text that may come from anywhere (older rows, events) made safe to write into a file a
    /// spreadsheet opens: refused characters become U+FFFD, so nothing stored can break an export.
    /// </summary>
    public static string Clean(string text, bool multiLine = true)
    {
        if (FirstRefused(text, multiLine) < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r')))
                chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
