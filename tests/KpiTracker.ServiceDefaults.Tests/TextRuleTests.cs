using System.Xml;
using CsCheck;
using KpiTracker.ServiceDefaults.Problems;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>The one text check every service uses (issue 9: NUL, U+0001 and unpaired surrogates reached PostgreSQL and XLSX).</summary>
public sealed class TextRuleTests
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("a\u0001b")]
    [InlineData("\u001F")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\uFFFE")]
    public void Control_characters_are_refused_in_every_field(string text)
    {
        Assert.NotNull(TextRule.Name.Problem(text));
        Assert.NotNull(TextRule.Note.Problem(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_refused_in_every_field()
    {
        // Not theory data: xUnit would turn a lone surrogate into U+FFFD on the way.
        foreach (var text in new[] { "\uD800", "x\uDC00", "\uDC00\uD800", "a\uD83D" })
        {
            Assert.Contains("unpaired surrogate", TextRule.Name.Problem(text));
            Assert.Contains("unpaired surrogate", TextRule.Note.Problem(text));
        }
    }

    [Theory]
    [InlineData("第一行\n第二行")]
    [InlineData("a\tb")]
    [InlineData("a\r\nb")]
    public void Line_breaks_and_tabs_are_allowed_only_where_a_field_has_lines(string text)
    {
        Assert.Null(TextRule.Note.Problem(text));
        Assert.Contains("one line", TextRule.Name.Problem(text));
    }

    [Fact]
    public void Ordinary_text_with_pairs_and_cjk_passes_and_length_is_stated()
    {
        Assert.Null(TextRule.Name.Problem("网络传输建设运行费 😀 ≥90%"));
        Assert.Null(TextRule.Line(3).Problem("abc"));
        Assert.Equal("must be at most 3 characters (this one has 4).", TextRule.Line(3).Problem("abcd"));
    }

    [Fact]
    public void Text_errors_are_422_and_a_missing_field_makes_the_whole_problem_400()
    {
        var text = new Validation().Text("name", "a\u0000", TextRule.Name);
        Assert.Equal(422, text.Status);
        Assert.Equal(422, KpiProblems.Invalid(text).Status);
        Assert.Contains("U+0000", text.Errors["name"][0]);
        var both = new Validation().Text("name", "a\u0000", TextRule.Name).Required("type", null);
        Assert.Equal(400, both.Status);
        Assert.Equal(["name", "type"], both.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("99999999999999.9999", true)]
    [InlineData("100000000000000", false)]
    [InlineData("9223372036854775808", false)]
    [InlineData("-0.0001", false)]
    [InlineData("1.00001", false)]
    public void Money_has_one_bound_everywhere_numeric_18_4(string amount, bool accepted)
    {
        var v = new Validation().Money("amount", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(accepted, v.IsValid);
        if (!accepted) Assert.Equal(422, v.Status);
    }

    [Fact]
    public void An_echoed_input_is_short_and_shows_control_characters_as_escapes()
    {
        var huge = new string('x', 1 << 20);
        Assert.True(Echo.Quote(huge).Length < 80);
        Assert.Contains("1048576 characters", Echo.Quote(huge));
        Assert.Equal("'a\\u0000b'", Echo.Quote("a\u0000b"));
        Assert.Equal("'\\uD800'", Echo.Quote("\uD800"));
    }

    [Fact]
    public void A_problem_stays_small_however_many_fields_fail()
    {
        var v = new Validation();
        for (var i = 0; i < 100_000; i++) v.Required($"ownerIds[{i}]", null);
        var problem = KpiProblems.Invalid(v);
        Assert.True(((IDictionary<string, string[]>)problem.Extensions["errors"]!).Count <= 51);
        Assert.True(problem.Detail!.Length < 1000);
        Assert.Contains("_more", ((IDictionary<string, string[]>)problem.Extensions["errors"]!).Keys);
    }

    [Fact]
    public void Any_text_cleaned_for_an_export_passes_the_rule_and_is_valid_xml() =>
        Gen.String.Sample(text =>
        {
            var clean = TextRule.Clean(text);
            Assert.Equal(-1, TextRule.FirstRefused(clean, multiLine: true));
            Assert.Equal(text.Length, clean.Length);
            using var writer = XmlWriter.Create(new StringWriter());
            writer.WriteElementString("t", clean);   // throws on characters XML cannot hold
        }, iter: 20_000);

    [Fact]
    public void Clean_leaves_acceptable_text_alone_and_replaces_only_what_is_refused()
    {
        Assert.Equal("网络\n运行", TextRule.Clean("网络\n运行"));
        Assert.Equal("a\uFFFDb\uFFFD", TextRule.Clean("a\u0001b\uD800"));
        Assert.Equal("a\uFFFDb", TextRule.Clean("a\nb", multiLine: false));
    }
}
