using Microsoft.Extensions.Options;

namespace KpiTracker.Measurements.Apis;

/// <summary>What the handlers need, bundled so signatures stay short.</summary>
public sealed class MeasurementServices(
    MeasurementsDb db, ReplicaWait wait, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public MeasurementsDb Db { get; } = db;
    public ReplicaWait Wait { get; } = wait;
    public TimeProvider Clock { get; } = clock;
    /// <summary>The request JSON settings, for batch items read one by one.</summary>
    public IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> Json { get; } = json;

    /// <summary>
    /// The replicas of these indicators, waiting (bounded) for ones whose event has not arrived
    /// yet: a script may define an indicator and report on it a millisecond later. Ids minted
    /// long ago (or not UUIDv7) cannot be in flight: those are not waited for.
    /// </summary>
    public Task<Dictionary<Guid, IndicatorReplica>> IndicatorsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        LoadAsync(ids, (missing, c) => Db.Indicators.AsNoTracking().Where(i => missing.Contains(i.Id)).ToListAsync(c), i => i.Id, ct);

    public Task<Dictionary<Guid, ProjectReplica>> ProjectsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        LoadAsync(ids, (missing, c) => Db.Projects.AsNoTracking().Where(p => missing.Contains(p.Id)).ToListAsync(c), p => p.Id, ct);

    /// <summary>Project ids (of these) whose year is closed.</summary>
    public async Task<HashSet<Guid>> ClosedAsync(IReadOnlyCollection<ProjectReplica> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var locks = await Db.YearLocks.AsNoTracking().Where(l => ids.Contains(l.ProjectId) && l.Closed).ToListAsync(ct);
        return locks.Where(l => projects.Any(p => p.Id == l.ProjectId && p.FiscalYear == l.FiscalYear)).Select(l => l.ProjectId).ToHashSet();
    }

    public async Task<bool> IsClosedAsync(ProjectReplica project, CancellationToken ct) =>
        await Db.YearLocks.AnyAsync(l => l.ProjectId == project.Id && l.FiscalYear == project.FiscalYear && l.Closed, ct);

    /// <summary>
    /// Saves a correction (a new version and its event). Two corrections of one value at the same moment both ask
    /// for the same next version: the loser is told to read the history and send again (409), never a 500.
    /// </summary>
    public async Task<ProblemDetails?> SaveCorrectionAsync(CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return KpiProblems.Conflict("Another correction was recorded at the same moment; read the history and send yours again.");
        }
    }

    async Task<Dictionary<Guid, T>> LoadAsync<T>(IReadOnlyCollection<Guid> ids, Func<Guid[], CancellationToken, Task<List<T>>> query,
        Func<T, Guid> key, CancellationToken ct) where T : class
    {
        var wanted = ids.Distinct().ToArray();
        var found = new Dictionary<Guid, T>();
        if (wanted.Length == 0) return found;
        await Wait.ForAsync(async c =>
        {
            var missing = wanted.Where(id => !found.ContainsKey(id)).ToArray();
            foreach (var row in await query(missing, c)) found[key(row)] = row;
            return found.Count == wanted.Length ? found : null;
        }, () => wanted.Any(id => !found.ContainsKey(id) && Wait.MayStillArrive(id)), ct);
        return found;
    }
}
