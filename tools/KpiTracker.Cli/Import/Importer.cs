using System.Net;
using System.Text.Json;
using KpiTracker.Cli.Cli;
using KpiTracker.Cli.Http;
using KpiTracker.Targets;

namespace KpiTracker.Cli.Import;

/// <summary>A project as it stands after the import: its id (null in a dry run or when it failed).</summary>
public sealed record ImportedProject(string Name, string? Id, bool IsDepartmentGoals, string Outcome);

/// <summary>Counts and messages of one import.</summary>
public sealed class ImportResult
{
    public string DepartmentOutcome { get; set; } = "";
    public int ProjectsCreated { get; set; }
    public int ProjectsExisting { get; set; }
    public int ProjectsFailed { get; set; }
    public int IndicatorsCreated { get; set; }
    public int IndicatorsExisting { get; set; }
    public int IndicatorsFailed { get; set; }
    public List<string> Failures { get; } = [];
    public List<string> Messages { get; } = [];
    public List<ImportedProject> Projects { get; } = [];
    public bool Failed => ProjectsFailed > 0 || IndicatorsFailed > 0 || Failures.Count > 0;
}

/// <summary>
/// Carries out an <see cref="ImportPlan"/> through the public API, as any client would: parent and
/// department, then each project and its indicators. Idempotent: every POST has an Idempotency-Key
/// derived from the file and the item; a project that exists (409 with existingId) gets only its
/// missing indicators. A new project whose indicators cannot all be created is archived again, so a
/// project is never left half-imported.
/// </summary>
public sealed class Importer(ApiClient api, CliContext context)
{
    public async Task<ImportResult> RunAsync(ImportPlan plan, CancellationToken ct = default)
    {
        var result = new ImportResult();
        if (plan.Parent is { } parent)
        {
            var outcome = await RegisterAsync(plan, parent, ct);
            result.Messages.Add($"parent department {parent.Code} {parent.Name}: {outcome}");
        }
        result.DepartmentOutcome = await RegisterAsync(plan, plan.Department, ct);

        var total = plan.Projects.Sum(p => p.Indicators.Count + 1);
        using var progress = new Progress(context, "import", total);
        foreach (var project in plan.Projects)
        {
            await ImportProjectAsync(plan, project, result, progress, ct);
        }
        return result;
    }

    private async Task<string> RegisterAsync(ImportPlan plan, DepartmentBody body, CancellationToken ct)
    {
        var r = await api.PostAsync("/api/departments", body, ImportPlanner.Key(plan.ContentHash, $"department|{body.Code}|{body.Name}|{body.ParentCode}"), ct);
        return r.Code switch
        {
            201 when r.Replayed => "already registered",
            201 => "registered",
            200 => "already registered",
            // registered before with another name or parent: keep it as it is, it is the same code
            409 => $"already registered differently, kept as is ({r.String("detail") ?? "conflict"})",
            _ => throw new ApiException($"registering department {body.Code}: {r.Describe()}", r),
        };
    }

    private async Task ImportProjectAsync(ImportPlan plan, PlannedProject project, ImportResult result, Progress progress, CancellationToken ct)
    {
        var key = ImportPlanner.Key(plan.ContentHash, $"project|{plan.Department.Code}|{plan.FiscalYear}|{project.Name}");
        var r = await api.PostAsync("/api/projects", project.Body, key, ct);
        progress.Step();
        string? id = null;
        var isNew = false;
        if (r.Code == 201)
        {
            id = r.String("id");
            isNew = true;
            if (r.Replayed && id is not null)
            {
                // an earlier run created it: it may have been archived since (a failed import archives)
                var current = await api.GetAsync($"/api/projects/{id}", ct);
                var archived = current.Json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty("archived", out var a) && a.ValueKind == JsonValueKind.True;
                if (current.Code == 404 || archived)
                {
                    r = await api.PostAsync("/api/projects", project.Body, null, ct);
                    id = r.Code == 201 ? r.String("id") : null;
                    isNew = r.Code == 201;
                }
                else
                {
                    isNew = false;
                }
            }
        }
        if (r.Code == 409 && r.String("existingId") is { } existingId)
        {
            id = existingId;
            isNew = false;
        }
        if (id is null)
        {
            result.ProjectsFailed++;
            result.Failures.Add($"line {project.Line}: project {project.Name}: {r.Describe()}");
            result.Projects.Add(new ImportedProject(project.Name, null, project.IsDepartmentGoals, "failed"));
            progress.Step(project.Indicators.Count);
            return;
        }

        if (isNew)
        {
            await CreateAllOrArchiveAsync(plan, project, id, result, progress, ct);
            return;
        }

        result.ProjectsExisting++;
        var existing = await ExistingKeysAsync(id, ct);
        var failures = 0;
        foreach (var i in project.Indicators)
        {
            progress.Step();
            if (existing.Any(e => Same(e, i.Body)))
            {
                result.IndicatorsExisting++;
                continue;
            }
            var ir = await CreateIndicatorAsync(plan, id, i, ct);
            if (ir.IsSuccess) result.IndicatorsCreated++;
            else if (ir.Code == 409) result.IndicatorsExisting++;
            else
            {
                failures++;
                result.IndicatorsFailed++;
                result.Failures.Add($"line {i.Line}: {project.Name} / {i.Body.Name}: {ir.Describe()}");
            }
        }
        result.Projects.Add(new ImportedProject(project.Name, id, project.IsDepartmentGoals, failures == 0 ? "existing" : "existing, some indicators failed"));
    }

    private async Task CreateAllOrArchiveAsync(ImportPlan plan, PlannedProject project, string id, ImportResult result, Progress progress, CancellationToken ct)
    {
        var created = 0;
        foreach (var i in project.Indicators)
        {
            progress.Step();
            var ir = await CreateIndicatorAsync(plan, id, i, ct);
            if (ir.IsSuccess || ir.Code == 409)
            {
                created++;
                continue;
            }
            // never leave half a project behind: archive what this run created
            var del = await api.DeleteAsync($"/api/projects/{id}", ct);
            var archived = del.IsSuccess ? "the project was archived again" : $"archiving the project failed too ({del.Describe()})";
            result.ProjectsFailed++;
            result.Failures.Add($"line {i.Line}: project {project.Name} not imported: indicator {i.Body.Name}: {ir.Describe()}; {archived}");
            result.Projects.Add(new ImportedProject(project.Name, null, project.IsDepartmentGoals, "failed"));
            progress.Step(project.Indicators.Count - created - 1);
            return;
        }
        result.ProjectsCreated++;
        result.IndicatorsCreated += created;
        result.Projects.Add(new ImportedProject(project.Name, id, project.IsDepartmentGoals, "created"));
    }

    private Task<ApiResponse> CreateIndicatorAsync(ImportPlan plan, string projectId, PlannedIndicator i, CancellationToken ct)
    {
        var body = i.Body with { ProjectId = projectId };
        return api.PostAsync("/api/indicators", body, ImportPlanner.Key(plan.ContentHash, $"indicator|{projectId}|{body.Key}"), ct);
    }

    /// <summary>Every indicator of the project (all pages) as (level1, level2, name, target).</summary>
    private async Task<List<(string L1, string L2, string Name, string Target)>> ExistingKeysAsync(string projectId, CancellationToken ct)
    {
        var list = new List<(string, string, string, string)>();
        foreach (var item in await ListAllAsync(api, $"/api/indicators?projectId={Uri.EscapeDataString(projectId)}", ct))
        {
            list.Add((Prop(item, "level1"), Prop(item, "level2"), Prop(item, "name"), Prop(item, "target")));
        }
        return list;
    }

    /// <summary>GETs every page of a list ({ items, page, pageSize, total }).</summary>
    public static async Task<List<JsonElement>> ListAllAsync(ApiClient api, string path, CancellationToken ct)
    {
        var items = new List<JsonElement>();
        var sep = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; page < 1000; page++)
        {
            var r = await api.SendOkAsync(HttpMethod.Get, $"{path}{sep}page={page}&pageSize=500", ct: ct);
            if (r.Json is not { } j) break;
            var array = j.ValueKind == JsonValueKind.Array ? j : j.TryGetProperty("items", out var it) ? it : default;
            if (array.ValueKind != JsonValueKind.Array) break;
            var count = 0;
            foreach (var e in array.EnumerateArray())
            {
                items.Add(e.Clone());
                count++;
            }
            var total = j.ValueKind == JsonValueKind.Object && j.TryGetProperty("total", out var t) && t.TryGetInt32(out var n) ? n : items.Count;
            if (j.ValueKind == JsonValueKind.Array || count == 0 || items.Count >= total) break;
        }
        return items;
    }

    private static string Prop(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>Same level 1, level 2 (codes; labels accepted), name and target (same text, or the same meaning).</summary>
    private static bool Same((string L1, string L2, string Name, string Target) e, IndicatorBody b)
    {
        if (!SameCode<Level1>(e.L1, b.Level1) || !SameCode<Level2>(e.L2, b.Level2)) return false;
        if (e.Name.Trim() != b.Name.Trim()) return false;
        if (e.Target.Trim() == b.Target.Trim()) return true;
        var x = TargetParser.Parse(e.Target);
        var y = TargetParser.Parse(b.Target);
        return x.Success && y.Success && x.Value.SameMeaning(y.Value);
    }

    private static bool SameCode<T>(string a, string b) where T : struct, Enum =>
        Vocabulary.TryParse<T>(a, out var x) && Vocabulary.TryParse<T>(b, out var y) ? x.Equals(y) : a == b;
}
