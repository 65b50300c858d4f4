namespace KpiTracker.Cli.Demo;

/// <summary>
/// Where the demo's seed documents are: $KPI_SEEDS_DIR; else a shared/seeds folder found by walking
/// up from the repository root (or from the working directory); else the copies in DemoData/ next
/// to the CLI (or in tools/KpiTracker.Cli/DemoData of the repository), so a clone without shared/ works.
/// </summary>
public static class SeedLocator
{
    public const string Wuhan2021 = "000_3fc44a14f39dfbff.txt";
    public const string Huangpi2020 = "004_4211815a5943b846.txt";

    public static string? Find(Func<string, string?> env, string workingDirectory, string? assemblyDirectory = null)
    {
        bool Holds(string dir) => File.Exists(Path.Combine(dir, Wuhan2021)) && File.Exists(Path.Combine(dir, Huangpi2020));

        if (env("KPI_SEEDS_DIR") is { Length: > 0 } configured)
            return Holds(configured) ? Path.GetFullPath(configured) : null;

        var starts = new[] { RepoRoot(assemblyDirectory ?? AppContext.BaseDirectory), RepoRoot(workingDirectory), workingDirectory }.OfType<string>();
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Holds(seeds)) return seeds;
            }
        }
        var local = Path.Combine(assemblyDirectory ?? AppContext.BaseDirectory, "DemoData");
        if (Holds(local)) return local;
        foreach (var root in new[] { RepoRoot(assemblyDirectory ?? AppContext.BaseDirectory), RepoRoot(workingDirectory) }.OfType<string>())
        {
            var copies = Path.Combine(root, "tools", "KpiTracker.Cli", "DemoData");
            if (Holds(copies)) return copies;
        }
        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> with KpiTracker.sln.</summary>
    public static string? RepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiTracker.sln"))) return dir.FullName;
        }
        return null;
    }
}
