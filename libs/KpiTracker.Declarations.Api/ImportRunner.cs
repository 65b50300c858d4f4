using System.Text.Json;

namespace KpiTracker.Declarations.Api;

/// <summary>
/// Carries out an <see cref="ImportPlan"/> through the public API, as any client would: parent and
/// department, then each project and its indicators. Idempotent: every POST has an Idempotency-Key
/// derived from the file and the item; a project that exists (409 with existingId) gets only its
/// missing indicators. A new project whose indicators cannot all be created is archived again, so a
/// project is never left half-imported. Every rule and permission is the API's: what it refuses is a
/// failed row with the API's reason, and a department it will not register stops the import
/// (<see cref="ApiException"/>).
/// </summary>
public sealed class ImportRunner(ApiClient api)
{
    /// <summary>How many steps <see cref="RunAsync"/> reports: one per project and per indicator.</summary>
    public static int Steps(ImportPlan plan) => plan.Projects.Sum(p => p.Indicators.Count + 1);

    /// <param name="step">Called as projects and indicators are done (by how many), for a progress bar.</param>
    public async Task<ImportResult> RunAsync(ImportPlan plan, Action<int>? step = null, CancellationToken ct = default)
    {
        step ??= _ => { };
        var result = new ImportResult();
        if (plan.Parent is { } parent) result.Parent = await RegisterAsync(plan, parent, ct);
        result.Department = await RegisterAsync(plan, plan.Department, ct);
        foreach (var project in plan.Projects)
        {
            await ImportProjectAsync(plan, project, result, step, ct);
        }
        return result;
    }

    private async Task<RegisteredDepartment> RegisterAsync(ImportPlan plan, DepartmentBody body, CancellationToken ct)
    {
        var r = await api.PostAsync("/api/departments", body, ImportPlanner.Key(plan.ContentHash, $"department|{body.Code}|{body.Name}|{body.ParentCode}"), ct);
        return r.Code switch
        {
            201 when r.Replayed => new(body, RegistrationOutcome.Exists),
            201 => new(body, RegistrationOutcome.Registered),
            200 => new(body, RegistrationOutcome.Exists),
            // registered before with another name or parent: keep it as it is, it is the same code
            409 => new(body, RegistrationOutcome.Conflict, r.String("detail") ?? "conflict"),
            // only an admin registers departments: a manager importing into an existing one may go on
            403 when await ExistingAsync(body, ct) is { } existing => existing,
            _ => throw new ApiException($"registering department {body.Code}: {r.Describe()}", r),
        };
    }

    /// <summary>The department as the caller sees it, when it is registered already.</summary>
    private async Task<RegisteredDepartment?> ExistingAsync(DepartmentBody body, CancellationToken ct)
    {
        var r = await api.GetAsync($"/api/departments/{Uri.EscapeDataString(body.Code)}", ct);
        if (r.Code != 200) return null;
        var (name, parent) = (r.String("name"), r.String("parentCode"));
        return name == body.Name && parent == body.ParentCode
            ? new RegisteredDepartment(body, RegistrationOutcome.Exists)
            : new RegisteredDepartment(body, RegistrationOutcome.Conflict, $"Department {body.Code} already exists as '{name}' under '{parent}'.");
    }

    private async Task ImportProjectAsync(ImportPlan plan, PlannedProject project, ImportResult result, Action<int> step, CancellationToken ct)
    {
        var (r, id, isNew) = await DeclareAsync(plan, project, ct);
        step(1);
        if (id is null)
        {
            var why = r.Describe();
            result.ProjectsFailed++;
            result.Failures.Add($"line {project.Line}: project {project.Name}: {why}");
            result.Projects.Add(Failed(project, why, project.Indicators.Select(i => new ImportedIndicator(i, ImportOutcome.Failed, Detail: "not sent: the project was not imported"))));
            step(project.Indicators.Count);
            return;
        }

        if (isNew)
        {
            await CreateAllOrArchiveAsync(plan, project, id, result, step, ct);
            return;
        }

        result.ProjectsExisting++;
        var existing = await ExistingIndicatorsAsync(id, ct);
        var indicators = new List<ImportedIndicator>();
        foreach (var i in project.Indicators)
        {
            step(1);
            if (existing.FindIndex(e => Same(e, i.Body)) is var found and >= 0)
            {
                var existingId = existing[found].Id;
                result.IndicatorsExisting++;
                indicators.Add(new ImportedIndicator(i, ImportOutcome.Exists, existingId));
                continue;
            }
            var ir = await CreateIndicatorAsync(plan, id, i, ct);
            if (ir.IsSuccess)
            {
                result.IndicatorsCreated++;
                indicators.Add(new ImportedIndicator(i, ImportOutcome.Created, ir.String("id")));
            }
            else if (ir.Code == 409)
            {
                result.IndicatorsExisting++;
                indicators.Add(new ImportedIndicator(i, ImportOutcome.Exists, ir.String("existingId")));
            }
            else
            {
                result.IndicatorsFailed++;
                result.Failures.Add($"line {i.Line}: {project.Name} / {i.Body.Name}: {ir.Describe()}");
                indicators.Add(new ImportedIndicator(i, ImportOutcome.Failed, Detail: ir.Describe()));
            }
        }
        result.Projects.Add(new ImportedProject(project.Name, id, project.IsDepartmentGoals, ImportOutcome.Exists) { Line = project.Line, Indicators = indicators });
    }

    /// <summary>POSTs the project: its id and whether this run made it (null id: refused).</summary>
    private async Task<(ApiResponse Response, string? Id, bool IsNew)> DeclareAsync(ImportPlan plan, PlannedProject project, CancellationToken ct)
    {
        // The body is part of the key: the same file imported with other options (owners, a
        // department code) is a new request, which Projects answers 409 + existingId for a project
        // it holds, instead of refusing a reused key (422) and failing the import.
        var body = JsonSerializer.Serialize(project.Body, ApiClient.Json);
        var key = ImportPlanner.Key(plan.ContentHash, $"project|{plan.Department.Code}|{plan.FiscalYear}|{project.Name}|{body}");
        var r = await api.PostAsync("/api/projects", project.Body, key, ct);
        if (r.Code == 201 && r.String("id") is { } id)
        {
            if (!r.Replayed) return (r, id, true);
            // an earlier run created it: it may have been archived since (a failed import archives)
            var current = await api.GetAsync($"/api/projects/{id}", ct);
            var archived = current.Json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty("archived", out var a) && a.ValueKind == JsonValueKind.True;
            if (current.Code != 404 && !archived) return (r, id, false);
            r = await api.PostAsync("/api/projects", project.Body, null, ct);
            if (r.Code == 201 && r.String("id") is { } again) return (r, again, true);
        }
        return r.Code == 409 && r.String("existingId") is { } existingId ? (r, existingId, false) : (r, null, false);
    }

    private async Task CreateAllOrArchiveAsync(ImportPlan plan, PlannedProject project, string id, ImportResult result, Action<int> step, CancellationToken ct)
    {
        var created = new List<ImportedIndicator>();
        foreach (var i in project.Indicators)
        {
            step(1);
            var ir = await CreateIndicatorAsync(plan, id, i, ct);
            if (ir.IsSuccess || ir.Code == 409)
            {
                created.Add(new ImportedIndicator(i, ImportOutcome.Created, ir.String("id") ?? ir.String("existingId")));
                continue;
            }
            // never leave half a project behind: archive what this run created
            var del = await api.DeleteAsync($"/api/projects/{id}", ct);
            var archived = del.IsSuccess ? "the project was archived again" : $"archiving the project failed too ({del.Describe()})";
            var why = $"indicator {i.Body.Name}: {ir.Describe()}; {archived}";
            result.ProjectsFailed++;
            result.Failures.Add($"line {i.Line}: project {project.Name} not imported: {why}");
            var indicators = project.Indicators.Select(x => x == i
                ? new ImportedIndicator(x, ImportOutcome.Failed, Detail: ir.Describe())
                : new ImportedIndicator(x, ImportOutcome.Failed, Detail: $"not imported: indicator {i.Body.Name} (line {i.Line}) was refused"));
            result.Projects.Add(Failed(project, why, indicators));
            step(project.Indicators.Count - created.Count - 1);
            return;
        }
        result.ProjectsCreated++;
        result.IndicatorsCreated += created.Count;
        result.Projects.Add(new ImportedProject(project.Name, id, project.IsDepartmentGoals, ImportOutcome.Created) { Line = project.Line, Indicators = created });
    }

    private static ImportedProject Failed(PlannedProject project, string why, IEnumerable<ImportedIndicator> indicators) =>
        new(project.Name, null, project.IsDepartmentGoals, ImportOutcome.Failed) { Line = project.Line, Detail = why, Indicators = indicators.ToList() };

    private Task<ApiResponse> CreateIndicatorAsync(ImportPlan plan, string projectId, PlannedIndicator i, CancellationToken ct)
    {
        var body = i.Body with { ProjectId = projectId };
        return api.PostAsync("/api/indicators", body, ImportPlanner.Key(plan.ContentHash, $"indicator|{projectId}|{body.Key}"), ct);
    }

    /// <summary>Every indicator of the project (all pages).</summary>
    private async Task<List<(string Id, string L1, string L2, string Name, string Target)>> ExistingIndicatorsAsync(string projectId, CancellationToken ct) =>
        (await ListAllAsync(api, $"/api/indicators?projectId={Uri.EscapeDataString(projectId)}", ct))
            .Select(item => (Prop(item, "id"), Prop(item, "level1"), Prop(item, "level2"), Prop(item, "name"), Prop(item, "target")))
            .ToList();

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
    private static bool Same((string Id, string L1, string L2, string Name, string Target) e, IndicatorBody b)
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
