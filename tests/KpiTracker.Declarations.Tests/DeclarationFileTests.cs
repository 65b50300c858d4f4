using System.Text;
using CsCheck;

namespace KpiTracker.Declarations.Tests;

/// <summary>
/// A file as uploaded or named: its kind from the bytes, its text in any of the encodings disclosures come
/// in, and nothing a user sends makes the reader throw anything but <see cref="UnsupportedFileException"/>.
/// </summary>
public sealed class DeclarationFileTests
{
    private static readonly string Seed = SeedFiles.Read(SeedFiles.Wuhan2021);
    private static readonly Declaration FromUtf8 = DeclarationTextParser.Parse(Seed);

    private static byte[] Template()
    {
        using var stream = new MemoryStream();
        XlsxDeclaration.Write(stream, XlsxDeclaration.Example());
        return stream.ToArray();
    }

    private static string RowsOf(Declaration d) => string.Join("\n", d.Projects.SelectMany(p => p.Indicators.Select(i => $"{p.Name} {Rows.Of(i)}")));

    [Fact]
    public void The_seed_reads_the_same_in_utf8_with_a_bom_gb18030_and_utf16()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        foreach (var bytes in new[]
        {
            Encoding.UTF8.GetBytes(Seed),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)],
            gb18030.GetBytes(Seed),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)],
        })
        {
            var file = DeclarationFile.Read("000.txt", bytes);
            Assert.Equal(DeclarationFormat.Text, file.Format);
            Assert.True(file.HasGoalForm);
            Assert.Equal(FromUtf8.Projects.Select(p => p.Name), file.Declaration.Projects.Select(p => p.Name));
            Assert.Equal(RowsOf(FromUtf8), RowsOf(file.Declaration));
        }
    }

    [Fact]
    public void The_hash_is_of_the_bytes_so_the_same_file_gives_the_same_keys()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed);
        Assert.Equal(DeclarationFile.Read("a.txt", bytes).ContentHash, DeclarationFile.Read("b.txt", bytes).ContentHash);
        Assert.NotEqual(DeclarationFile.Read("a.txt", bytes).ContentHash, DeclarationFile.Read("a.txt", [.. bytes, (byte)'\n']).ContentHash);
    }

    [Fact]
    public void A_workbook_is_known_by_its_bytes_whatever_its_name()
    {
        var file = DeclarationFile.Read("upload.bin", Template());
        Assert.Equal(DeclarationFormat.Xlsx, file.Format);
        Assert.Equal("网络传输建设运行费", Assert.Single(file.Declaration.Projects).Name);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj")]
    [InlineData("hello\0world")]
    public void A_pdf_or_binary_is_not_text(string content) =>
        Assert.Throws<UnsupportedFileException>(() => DeclarationFile.Read("x.txt", Encoding.Latin1.GetBytes(content)));

    [Fact]
    public void An_xlsx_name_on_other_bytes_is_unsupported() =>
        Assert.Throws<UnsupportedFileException>(() => DeclarationFile.Read("x.xlsx", "项目名称\t测试"u8.ToArray()));

    [Fact]
    public void Text_without_a_form_reads_but_holds_no_goal_form()
    {
        var file = DeclarationFile.Read("notes.txt", "会议纪要\n今天天气很好"u8.ToArray());
        Assert.False(file.HasGoalForm);
        Assert.Contains(file.Declaration.Problems, p => p.Message.Contains("no goal form", StringComparison.Ordinal));
    }

    /// <summary>Any bytes, under either name: a declaration, or UnsupportedFileException — never another exception.</summary>
    [Fact]
    public void Arbitrary_bytes_never_throw_anything_else()
    {
        Gen.Select(Gen.Byte.Array[0, 2000], Gen.Bool).Sample(t =>
        {
            var (bytes, xlsxName) = t;
            Read(xlsxName ? "f.xlsx" : "f.txt", bytes);
        }, iter: 500);
    }

    /// <summary>The template with bytes changed anywhere (a damaged download): still only a declaration or UnsupportedFileException.</summary>
    [Fact]
    public void A_damaged_workbook_never_throws_anything_else()
    {
        var template = Template();
        Gen.Select(Gen.Int[0, template.Length - 1].Array[1, 8], Gen.Byte).Sample(t =>
        {
            var (positions, value) = t;
            var bytes = template.ToArray();
            foreach (var p in positions) bytes[p] = value;
            Read("t.xlsx", bytes);
        }, iter: 300);
    }

    /// <summary>The seed's bytes cut anywhere, in UTF-8 (cutting inside a character) and GB18030.</summary>
    [Fact]
    public void A_cut_text_never_throws()
    {
        var utf8 = Encoding.UTF8.GetBytes(Seed);
        Gen.Int[0, utf8.Length].Sample(n => Assert.Equal(DeclarationFormat.Text, DeclarationFile.Read("000.txt", utf8[..n]).Format), iter: 200);
    }

    private static void Read(string name, byte[] bytes)
    {
        try
        {
            var file = DeclarationFile.Read(name, bytes);
            Assert.NotNull(file.Declaration);
        }
        catch (UnsupportedFileException)
        {
            // the one exception a caller handles (415)
        }
    }
}
