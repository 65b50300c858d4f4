using System.Text.RegularExpressions;
using KpiTracker.Testing;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// docs/ARCHITECTURE.md names one example file per kind of behaviour and follows a measurement through
/// the code: a path that a move left behind sends a newcomer nowhere. Every backquoted repository path
/// in it (a `*` segment stands for any folder) must exist.
/// </summary>
public sealed partial class ArchitectureDocTests
{
    static readonly string Root = TestInfrastructure.RepositoryRoot;

    [GeneratedRegex("`([^`\\s]+)`")]
    private static partial Regex Quoted();

    [Fact]
    public void Every_path_the_architecture_page_names_exists()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "ARCHITECTURE.md"));
        var paths = Quoted().Matches(text).Select(m => m.Groups[1].Value)
            .Where(p => p.Contains('/') && !p.StartsWith('/')).Distinct().ToList();
        Assert.True(paths.Count >= 40, $"only {paths.Count} paths found in docs/ARCHITECTURE.md");
        var missing = paths.Where(p => !Exists(p)).ToList();
        Assert.True(missing.Count == 0, "docs/ARCHITECTURE.md names paths that do not exist: " + string.Join(", ", missing));
    }

    static bool Exists(string path)
    {
        IEnumerable<string> candidates = [Root];
        foreach (var segment in path.TrimEnd('/').Split('/'))
            candidates = segment == "*"
                ? candidates.SelectMany(c => Directory.Exists(c) ? Directory.GetDirectories(c) : [])
                : candidates.Select(c => Path.Combine(c, segment));
        return candidates.Any(c => File.Exists(c) || Directory.Exists(c));
    }
}
