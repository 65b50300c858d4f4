using Microsoft.Extensions.Caching.Memory;

namespace KpiTracker.Reporting.Queries;

/// <summary>
/// Each project's dashboard line, computed once per (project, month) and kept while the project's
/// stamp (<see cref="ProjectStamp"/>) has not moved: while values keep arriving, a department
/// dashboard recomputes the few projects that changed, not every project. Lines do not depend on
/// who asks; which projects a caller sees is decided by the list passed in.
/// </summary>
public sealed class DashboardTiles(IMemoryCache cache)
{
    sealed record Entry(long Stamp, ProjectTile Tile);

    static string Key(Guid projectId, int month) => $"tile|{projectId:N}|{month}";

    /// <summary>The lines of the given projects in their order, and how many had to be computed.</summary>
    public async Task<(List<ProjectTile> Tiles, int Computed)> TilesAsync(
        IReadOnlyList<ProjectStampView> projects, int month, ProjectQueries reads, CancellationToken ct)
    {
        var tiles = new ProjectTile?[projects.Count];
        var stale = new Dictionary<Guid, int>();
        for (var i = 0; i < projects.Count; i++)
        {
            if (cache.TryGetValue<Entry>(Key(projects[i].Id, month), out var e) && e!.Stamp == projects[i].Stamp) tiles[i] = e.Tile;
            else stale[projects[i].Id] = i;
        }
        if (stale.Count > 0)
        {
            var ids = stale.Keys.ToArray();
            var rows = await reads.RowsAsync(ids, ct);
            foreach (var inputs in await reads.InputsAsync(rows, ct))
            {
                var i = stale[inputs.Project.Id];
                var tile = Tile(ProjectCalculator.Compute(inputs, month, project: true));
                tiles[i] = tile;
                cache.Set(Key(inputs.Project.Id, month), new Entry(projects[i].Stamp, tile), new MemoryCacheEntryOptions
                {
                    SlidingExpiration = TimeSpan.FromMinutes(30),
                    Size = 1,
                });
            }
        }
        // A project archived between the two reads has no row any more: it is left out.
        return (tiles.OfType<ProjectTile>().ToList(), stale.Count);
    }

    static ProjectTile Tile(ProjectOutcome o)
    {
        var applicable = o.Indicators.Where(i => !i.NotApplicable).ToList();
        var row = new DashboardProject(o.Project.Id, o.Project.Name, o.Project.DepartmentCode,
            Vocabulary.Code(o.Light), Vocabulary.Label(o.Light), o.Score?.Total, o.Score is { } sc ? Vocabulary.Code(sc.Grade) : null,
            Numbers.Ratio(o.ExecutionRate), Vocabulary.Code(o.BudgetLight), applicable.Count,
            LightCounts.Of(applicable.Select(i => i.Evaluation.Light)), StatusCounts.Of(applicable.Select(i => i.Evaluation.Status)),
            o.Project.LongTerm, o.Pack.Ref, Projected.Score(o), Projected.Grade(o), Projected.GradeLabel(o), Projected.PointsAtRisk(o),
            o.Project.DeclarationStatus, Vocabulary.LabelOf<DeclarationStatus>(o.Project.DeclarationStatus));
        return new ProjectTile(row, o.Project.AnnualBudget, o.Executed, o.Project.IsDepartmentOverall);
    }
}
