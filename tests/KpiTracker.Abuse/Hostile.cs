using System.Globalization;
using System.Text;
using CsCheck;

namespace KpiTracker.Abuse;

/// <summary>
/// Hostile JSON, as raw text so that it can be what no serializer writes: numbers at and beyond every
/// bound, strings with control characters, unpaired surrogates and huge lengths, wrong types, nulls.
/// </summary>
public static class Hostile
{
    static readonly string[] Numbers =
    [
        "0", "-1", "-0.0001", "1.5", "100", "100.01", "2000", "2100", "1999", "2101", "99999",
        "99999999999999.9999", "100000000000000", "1e14", "1e15", "999999999999999", "1000000000000000",
        "100000", "100001", "-100001", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "1e28", "79228162514264337593543950335", "79228162514264337593543950336", "1e29", "1e308", "-1e308",
        "1e400", "1e-30", "0.00000000000000000000000000001", "3.00000000000000000000000000001", "0.12345", "1E+2",
    ];

    static readonly string[] NotJson = ["NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "'x'", "undefined", "tru"];

    static readonly string[] WrongTypes =
    [
        "null", "true", "false", "{}", "[]", "[null]", "[[]]", "{\"a\":1}", "{\"x\":{\"y\":[1,{}]}}", "[1,2,3]", "[\"\"]", "\"\"", "\" \"",
    ];

    static readonly string[] Words =
    [
        "2021-07", "2021", "2021-Q3", "2021-H1", "2021-13", "0000", "9999-12", "2021-Q0", "≥90%", "≤2 小时", "有所提升", "**万元", "90分钟", "1e28%",
        "achieved", "达成", "possible", "funding", "output", "产出指标", "quality", "recurring", "generalPublicBudget", "7101", "71", "u-owner-own",
        "https://example.org/", "javascript:alert(1)", "=1+1", "' OR 1=1 --", "<script>", "../../etc/passwd", "%00", "\\u0000",
    ];

    static readonly Gen<char> Control = Gen.OneOf(Gen.Char['\u0000', '\u001F'], Gen.Char['\u007F', '\u009F'], Gen.Const('\uFFFE'), Gen.Const('\uFFFF'));
    static readonly Gen<char> Surrogate = Gen.OneOf(Gen.Char['\uD800', '\uDBFF'], Gen.Char['\uDC00', '\uDFFF']);

    static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.OneOf(Words.Select(Gen.Const).ToArray()),
        Gen.Select(Gen.OneOf(Words.Select(Gen.Const).ToArray()), Control, Gen.Int[0, 12]).Select((w, c, at) => w.Insert(Math.Min(at, w.Length), c.ToString())),
        Gen.Select(Gen.String, Surrogate, Gen.Int[0, 8]).Select((s, c, at) => s.Insert(Math.Min(at, s.Length), c.ToString())),
        Gen.Select(Gen.Int[190, 9000], Gen.OneOf(Gen.Const('x'), Gen.Const('字'), Gen.Const(' '))).Select((n, c) => new string(c, n)),
        Gen.Int[0, 20].Select(n => n == 0 ? new string('字', 1_100_000) : new string('x', 210_000)));

    /// <summary>A hostile value for any field, as a JSON fragment.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (4, Text.Select(Quote)),
        (3, Gen.OneOf(Numbers.Select(Gen.Const).ToArray())),
        (1, Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(NotJson.Select(Gen.Const).ToArray())),
        (2, Gen.OneOf(WrongTypes.Select(Gen.Const).ToArray())),
        (1, Gen.Int[0, 3].Select(k => "[" + string.Join(",", Enumerable.Repeat(k == 0 ? "null" : "\"u-x\"", k == 0 ? 20_000 : 60)) + "]")),
        (1, Gen.Select(Text, Text).Select((a, b) => $"{{{Quote(a)}:{Quote(b)}}}")));

    /// <summary>Ids that parse, nearly parse, or point at nothing.</summary>
    static readonly string[] Ids =
    [
        "", "-", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "{00000000-0000-0000-0000-000000000000}",
        "0198f3a0-0000-7000-8000-000000000000", "0198f3a00000700080000000000000000", "not-a-guid", "1", "-1",
    ];

    /// <summary>Percent-encodings no text has: broken UTF-8, an encoded surrogate, overlong forms, a bare or half escape.</summary>
    static readonly string[] BrokenEscapes = ["%FF", "%C0%AF", "%ED%A0%80", "%E4%B8", "%", "%G1", "%%", "%25%30%30", "%0A", "%0D%0A", "%7F", "%C2%85"];

    /// <summary>
    /// A hostile query value or path segment, already percent-encoded: hostile text kept short enough
    /// for a URL (lone surrogates sent as their CESU-8 bytes), numbers at and beyond every bound, and
    /// escapes that decode to no text at all.
    /// </summary>
    public static readonly Gen<string> UrlPart = Gen.Frequency(
        (4, Text.Select(t => t.Length > 1500 ? t[..1500] : t).Select(Escape)),
        (3, Gen.OneOf(Numbers.Concat(NotJson).Concat(Words).Select(Gen.Const).ToArray()).Select(Escape)),
        (1, Gen.OneOf(Ids.Select(Gen.Const).ToArray()).Select(Escape)),
        (2, Gen.Select(Gen.OneOf(BrokenEscapes.Select(Gen.Const).ToArray()), Gen.OneOf(Words.Select(Gen.Const).ToArray()))
            .Select((broken, word) => Escape(word) + broken)));

    /// <summary>Percent-encodes every character of <paramref name="text"/> a URL cannot carry as it is; a lone surrogate becomes its three CESU-8 bytes.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i++, 2))) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else if (char.IsSurrogate(c))
                sb.Append('%').Append((0xE0 | (c >> 12)).ToString("X2", CultureInfo.InvariantCulture))
                  .Append('%').Append((0x80 | ((c >> 6) & 0x3F)).ToString("X2", CultureInfo.InvariantCulture))
                  .Append('%').Append((0x80 | (c & 0x3F)).ToString("X2", CultureInfo.InvariantCulture));
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~') sb.Append(c);
            else foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>A whole body that is not the object a route wants.</summary>
    public static readonly Gen<byte[]> Body = Gen.OneOf(
        Gen.OneOf(new[] { "", "null", "[]", "42", "\"text\"", "{", "{\"a\":", "}", "{}}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "\uFEFF{}" }
            .Select(s => Gen.Const(Encoding.UTF8.GetBytes(s))).ToArray()),
        Gen.Int[60, 300].Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth))),
        Gen.Int[60, 200].Select(depth => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
        Gen.Byte.Array[1, 64].Select(b => (byte[])[(byte)'{', (byte)'"', .. b, (byte)'"', (byte)':', (byte)'1', (byte)'}']),
        Gen.Const(Encoding.UTF8.GetBytes("{\"name\":\"a\",\"name\":\"b\"}")));

    /// <summary>JSON string text for any .NET string, escaping what JSON must and leaving unpaired surrogates as \uXXXX escapes.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c) || c is '\u007F' or '\uFFFE' or '\uFFFF')
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
