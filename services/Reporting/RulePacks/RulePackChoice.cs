using System.Collections.Concurrent;

namespace KpiTracker.Reporting.RulePacks;

/// <summary>
/// The pack a project's year is computed under: the one it was closed under while it stays closed
/// (stored with the year, so neither a reassignment nor a newer version of the file changes a closed
/// year's numbers), else its region's pack for that fiscal year (its root department's assignment),
/// else <c>default</c>.
/// </summary>
public sealed class RulePackChoice(RulePackCatalog catalog, ILogger<RulePackChoice> logger)
{
    // Closed years share few distinct packs: each stored text is read (and checked) once.
    readonly ConcurrentDictionary<string, RulePack?> closed = new(StringComparer.Ordinal);

    public RulePackCatalog Catalog { get; } = catalog;

    /// <summary>The region of a project: the root of its department path.</summary>
    public static string RegionOf(ProjectRow project) => project.DepartmentPath.FirstOrDefault() ?? project.DepartmentCode;

    public RulePack For(ProjectRow project, ProjectYear? year, IReadOnlyDictionary<(string Root, int Year), string> assignments)
    {
        if (year is { Closed: true, ClosedPack: { } text } && Closed(text) is { } kept) return kept;
        return Assigned(RegionOf(project), project.FiscalYear, assignments);
    }

    /// <summary>A region's pack in a fiscal year (open years).</summary>
    public RulePack Assigned(string root, int fiscalYear, IReadOnlyDictionary<(string Root, int Year), string> assignments)
    {
        if (!assignments.TryGetValue((root, fiscalYear), out var id)) return Catalog.Default;
        if (Catalog.Packs.TryGetValue(id, out var pack)) return pack;
        // The pack's file was removed since the assignment: say so, and score by the default rather than not at all.
        logger.LogWarning("Region {Root} is assigned rule pack {PackId} for {FiscalYear}, which is no longer shipped; using default", root, id, fiscalYear);
        return Catalog.Default;
    }

    RulePack? Closed(string text) => closed.GetOrAdd(text, t =>
    {
        var read = ReadStored(t);
        if (!read.Success) logger.LogError("A closed year's stored rule pack does not read back: {Problems}", string.Join("; ", read.Problems));
        return read.Pack;
    });

    /// <summary>
    /// Reads a pack stored with a closed year (<see cref="RulePackFile.Write"/>'s text) with the file reader's
    /// checks; the reader wants a pack's file named by its id, so the stored text is read as that file.
    /// </summary>
    public static RulePackRead ReadStored(string text)
    {
        string? id = null;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var e)
                && e.ValueKind == System.Text.Json.JsonValueKind.String) id = e.GetString();
        }
        catch (System.Text.Json.JsonException) { /* RulePackFile.Read names what is wrong */ }
        return RulePackFile.Read($"project_years.closed_pack/{id ?? "unknown"}.json", text);
    }
}
