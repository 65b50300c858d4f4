using CsCheck;

namespace KpiTracker.Declarations.Tests;

public sealed class PropertyTests
{
    private static readonly string Seed = SeedFiles.Read(SeedFiles.Wuhan2021);
    private static readonly Declaration Full = DeclarationTextParser.Parse(Seed);

    [Fact]
    public void Never_throws_and_lines_are_in_range()
    {
        Gen.String.Sample(s =>
        {
            var d = DeclarationTextParser.Parse(s);
            int lines = s.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            Assert.All(d.Problems, p => Assert.InRange(p.Line, 0, lines));
        }, iter: 300);
    }

    [Fact]
    public void Never_throws_on_seed_pieces()
    {
        Gen.Select(Gen.Int[0, Seed.Length], Gen.Int[0, Seed.Length]).Sample(t =>
        {
            var (a, b) = t;
            var piece = Seed[Math.Min(a, b)..Math.Max(a, b)];
            Assert.NotNull(DeclarationTextParser.Parse(piece));
        }, iter: 200);
    }

    /// <summary>Cut the seed after any line: a project still called complete is the same as in the whole text.</summary>
    [Fact]
    public void No_half_project_is_complete_whatever_line_the_text_is_cut_at()
    {
        var lines = Seed.Split('\n');
        for (int k = 1; k <= lines.Length; k++)
        {
            var d = DeclarationTextParser.Parse(string.Join('\n', lines.Take(k)));
            AssertCompleteMeansWhole(d, $"cut after line {k}");
        }
    }

    [Fact]
    public void No_half_project_is_complete_whatever_character_the_text_is_cut_at()
    {
        Gen.Int[Seed.IndexOf("项目名称", StringComparison.Ordinal), Seed.Length].Sample(
            n => AssertCompleteMeansWhole(DeclarationTextParser.Parse(Seed[..n]), $"cut at char {n}"), iter: 300);
    }

    private static void AssertCompleteMeansWhole(Declaration d, string what)
    {
        foreach (var p in d.Projects.Where(p => p.IsComplete))
        {
            var whole = Full.Projects.Single(f => f.Line == p.Line);
            var cutRows = Rows.Of(p.Indicators);
            var wholeRows = Rows.Of(whole.Indicators);
            bool lastAndWarned = p.Problems.Any(x => x.Severity == ProblemSeverity.Warning && x.Message.Contains("may be missing", StringComparison.Ordinal));
            if (lastAndWarned)
            {
                // the text ends after a 满意度 row: what is there is the start of the whole table
                Assert.True(cutRows.Count <= wholeRows.Count, what);
                Assert.Equal(wholeRows.Take(cutRows.Count - 1), cutRows.Take(cutRows.Count - 1));
            }
            else
            {
                Assert.True(wholeRows.SequenceEqual(cutRows), $"{what}: {p.Name} is complete but differs");
            }

            Assert.Equal(whole.Name, p.Name);
            Assert.Equal(whole.AnnualBudget, p.AnnualBudget);
        }
    }
}
