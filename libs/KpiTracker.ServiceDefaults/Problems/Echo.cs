using System.Globalization;
using System.Text;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Quotes what a caller sent inside a message: at most a few dozen characters, control characters
/// and unpaired surrogates written as \uXXXX, so a 1 MiB or binary input is never echoed back
/// (it would come back twice: in the errors map and in the detail).
/// </summary>
public static class Echo
{
    public const int MaxLength = 40;

    public static string Quote(string? text)
    {
        if (text is null) return "null";
        var cut = text.Length <= MaxLength ? text.Length : char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        var sb = new StringBuilder(cut + 24).Append('\'');
        for (var i = 0; i < cut; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < cut && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsControl(c) || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('\'');
        if (cut < text.Length) sb.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        return sb.ToString();
    }
}
