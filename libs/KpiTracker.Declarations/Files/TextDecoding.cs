using System.Text;

namespace KpiTracker.Declarations;

/// <summary>
/// The encodings disclosure texts come in: UTF-8 (with or without a BOM), GB18030 (what Chinese Windows
/// saves as "ANSI"; a superset of GBK and GB2312), and UTF-16 with its BOM (Notepad's "Unicode").
/// Bytes that hold NUL outside UTF-16 are binary, not text.
/// </summary>
public static class TextDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Not registered globally: the provider is asked for GB18030 only, here.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>The text, without a leading BOM; null when the bytes are not text.</summary>
    public static string? Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0x25, 0x50, 0x44, 0x46, ..] || Array.IndexOf(bytes, (byte)0) >= 0) return null; // "%PDF", or binary
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Gb18030.GetString(bytes);
        }

        return text.TrimStart('\uFEFF');
    }
}
