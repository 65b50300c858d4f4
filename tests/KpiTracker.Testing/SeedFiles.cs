namespace KpiTracker.Testing;

/// <summary>
/// The seed documents: the copies in Fixtures/ next to the test assembly (the test projects link
/// tools/KpiTracker.Cli/DemoData there) first, else shared/seeds found by walking up from the test
/// assembly (the repository's sibling folder).
/// </summary>
public static class SeedFiles
{
    public const string Wuhan2021 = "000_3fc44a14f39dfbff.txt";
    public const string Huangpi2020 = "004_4211815a5943b846.txt";

    public static string PathOf(string fileName)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
        if (File.Exists(local))
        {
            return local;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
            {
                var path = Path.Combine(candidate, fileName);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new FileNotFoundException($"seed {fileName} is neither in Fixtures/ nor in a shared/seeds folder above {AppContext.BaseDirectory}");
    }

    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    public static string[] Lines(string fileName) => Read(fileName).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
