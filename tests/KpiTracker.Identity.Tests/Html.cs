namespace KpiTracker.Identity.Tests;

/// <summary>Reading the sign-in page as a browser would, without a browser.</summary>
public static class Html
{
    public static string HiddenValue(string html, string name) => System.Net.WebUtility.HtmlDecode(Between(html, $"name=\"{name}\" value=\"", "\""));

    public static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found in:\n{text}");
        i += start.Length;
        return text[i..text.IndexOf(end, i, StringComparison.Ordinal)];
    }
}
