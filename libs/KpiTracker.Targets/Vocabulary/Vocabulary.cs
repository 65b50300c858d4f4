using System.Collections.Frozen;

namespace KpiTracker.Targets;

/// <summary>
/// API codes and Chinese labels of every enum in the domain. Wherever the API accepts a code
/// it accepts the label too, so parsing tries the code (case-insensitive), then the label and
/// its known variants (whitespace ignored, because PDF extraction splits labels: "社会效益 指标").
/// </summary>
public static class Vocabulary
{
    public static string Code<T>(T value) where T : struct, Enum => Table<T>.ByValue[ToInt(value)].Code;

    public static string Label<T>(T value) where T : struct, Enum => Table<T>.ByValue[ToInt(value)].Label;

    /// <summary>The label of a stored code (or label); the text itself when it is neither, so a read never fails on a wording.</summary>
    public static string LabelOf<T>(string code) where T : struct, Enum => TryParse<T>(code, out var v) ? Label(v) : code;

    /// <summary>The code of a stored code (or label); the text itself when it is neither, as <see cref="LabelOf{T}"/>.</summary>
    public static string CodeOf<T>(string code) where T : struct, Enum => TryParse<T>(code, out var v) ? Code(v) : code;

    /// <summary>Every value of the enum, in declaration order.</summary>
    public static IReadOnlyList<T> Values<T>() where T : struct, Enum => Table<T>.Values;

    /// <summary>Accepts a code or a label; never throws.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Squeeze(text);
        if (!Table<T>.ByText.TryGetValue(key, out var found)) return false;
        value = found;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for callers that already validated.</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var v) ? v : throw new FormatException($"'{text}' is not a {typeof(T).Name} code or label.");

    private static int ToInt<T>(T value) where T : struct, Enum => System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value);

    private static string Squeeze(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.AsSpan().ContainsAny(" \t\u3000\r\n\u00a0")) return trimmed;
        return string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c)));
    }

    // One frozen table per enum type, built once.
    private static class Table<T> where T : struct, Enum
    {
        public static readonly VocabularyEntry[] ByValue;
        public static readonly T[] Values;
        public static readonly FrozenDictionary<string, T> ByText;

        static Table()
        {
            var entries = VocabularyTables.For(typeof(T));
            var max = entries.Max(e => e.Value);
            ByValue = new VocabularyEntry[max + 1];
            foreach (var e in entries) ByValue[e.Value] = e;
            Values = Enum.GetValues<T>();
            var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in entries)
            {
                var v = (T)Enum.ToObject(typeof(T), e.Value);
                map.TryAdd(e.Code, v);
                map.TryAdd(e.Label, v);
                foreach (var a in e.Aliases) map.TryAdd(a, v);
            }
            ByText = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }
}
