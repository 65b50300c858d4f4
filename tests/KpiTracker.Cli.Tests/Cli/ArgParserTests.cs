using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Tests.Cli;

public sealed class ArgParserTests
{
    private static readonly OptionSpec[] Specs =
    [
        new("dry-run", TakesValue: false), new("role", Repeatable: true), new("url"), new("output", Short: "o"),
    ];

    [Fact]
    public void Values_flags_repeats_and_positionals()
    {
        var a = ArgParser.Parse(["file.txt", "--dry-run", "--role", "admin", "--role=manager,owner", "--url=http://x", "-o", "out.xlsx"], Specs, maxPositionals: 1);
        Assert.Equal(["file.txt"], a.Positionals);
        Assert.True(a.Has("dry-run"));
        Assert.Equal(["admin", "manager", "owner"], a.Values("role"));
        Assert.Equal("http://x", a.Value("url"));
        Assert.Equal("out.xlsx", a.Value("output"));
        Assert.False(a.Help);
    }

    [Fact]
    public void Help_anywhere()
    {
        Assert.True(ArgParser.Parse(["--url", "u", "--help"], Specs).Help);
        Assert.True(ArgParser.Parse(["-h"], Specs).Help);
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        var a = ArgParser.Parse(["--", "--dry-run"], Specs, maxPositionals: 1);
        Assert.Equal(["--dry-run"], a.Positionals);
        Assert.False(a.Has("dry-run"));
    }

    [Theory]
    [InlineData("unknown option '--dryrun'", "--dryrun")]
    [InlineData("--url needs a value", "--url")]
    [InlineData("--url needs a value", "--url", "--dry-run")]
    [InlineData("--dry-run is a flag", "--dry-run=yes")]
    [InlineData("--url was given twice", "--url", "a", "--url", "b")]
    [InlineData("unexpected argument 'extra'", "extra")]
    public void Mistakes_are_usage_errors(string message, params string[] args)
    {
        var e = Assert.Throws<UsageException>(() => ArgParser.Parse(args, Specs));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_checked()
    {
        var a = ArgParser.Parse(["--url", "abc"], Specs);
        Assert.Throws<UsageException>(() => a.Int("url"));
        Assert.Equal(2021, ArgParser.Parse(["--url", "2021"], Specs).Int("url", 2000, 2100));
        Assert.Throws<UsageException>(() => ArgParser.Parse(["--url", "1999"], Specs).Int("url", 2000, 2100));
    }

    [Fact]
    public async Task Exit_codes_unknown_command_usage_and_help()
    {
        Assert.Equal(2, (await Kpi.RunAsync(null, "frobnicate")).Code);
        Assert.Equal(2, (await Kpi.RunAsync(null)).Code);
        Assert.Equal(0, (await Kpi.RunAsync(null, "--help")).Code);
        var bad = await Kpi.RunAsync(null, "token", "--hours", "soon");
        Assert.Equal(2, bad.Code);
        Assert.Single(bad.Err.Trim().Split('\n'));
        foreach (var command in KpiCli.Commands)
        {
            var help = await Kpi.RunAsync(null, command.Name, "--help");
            Assert.Equal(0, help.Code);
            Assert.StartsWith("Usage: kpi " + command.Name, help.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_file_is_a_one_line_failure()
    {
        var r = await Kpi.RunAsync(null, "import", "/nonexistent/file.txt");
        Assert.Equal(1, r.Code);
        Assert.Equal("kpi import: no such file: /nonexistent/file.txt", r.Err.Trim());
    }
}
