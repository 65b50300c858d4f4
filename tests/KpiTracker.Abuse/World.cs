using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Abuse;

/// <summary>
/// What the abuse tests act on, created once through the gateway as an admin: a department under
/// a parent and another department elsewhere; in the department a project for the matrix and one
/// for the fuzz (each with an indicator, a value, spending and a forecast), and a project whose
/// year the matrix closes and reopens. Anything a cell consumes (a project to archive, an
/// indicator to record on) it makes fresh through <see cref="NewProjectAsync"/> and friends.
/// </summary>
public sealed class World(Stack stack)
{
    public const string Parent = "71", Department = "7101", OtherParent = "72", OtherDepartment = "7201";
    public const int Year = 2021;

    readonly HttpClient http = new() { BaseAddress = new Uri(stack.GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };
    readonly string admin = DevelopmentTokens.Mint("u-world-admin", [KpiClaims.Admin], []);
    int counter;

    public Targets Bola { get; private set; } = null!;
    public Targets Fuzz { get; private set; } = null!;
    public Guid Closable { get; private set; }
    /// <summary>An indicator of an approved declaration and its pending 目标调整, for the reads.</summary>
    public (Guid Indicator, Guid Adjustment) Adjusted { get; private set; }

    /// <summary>The ids of one project's things, for the routes to point at.</summary>
    public sealed record Targets(Guid Project, Guid Indicator, Guid Measurement, Guid Spending, Guid Forecast, Guid Spare, Guid SpareIndicator);

    public int Next() => Interlocked.Increment(ref counter);

    public static async Task<World> CreateAsync(Stack stack)
    {
        var world = new World(stack);
        foreach (var (code, parent) in new[] { (Parent, (string?)null), (Department, Parent), (OtherParent, null), (OtherDepartment, OtherParent) })
            await world.ExpectAsync(HttpMethod.Post, "/api/departments", new JsonObject { ["code"] = code, ["name"] = "单位" + code, ["parentCode"] = parent },
                HttpStatusCode.Created);
        world.Bola = await world.TargetsAsync();
        world.Fuzz = await world.TargetsAsync();
        world.Closable = await world.NewProjectAsync();
        // A year closes only on an approved declaration (issue 12).
        await world.ApproveAsync(world.Closable);
        world.Adjusted = await world.NewPendingAdjustmentAsync();
        await world.InReportingAsync(world.Bola.Project, world.Bola.Indicator);
        await world.InReportingAsync(world.Fuzz.Project, world.Fuzz.Indicator);
        await world.InReportingAsync(world.Closable, null);
        return world;
    }

    async Task<Targets> TargetsAsync()
    {
        var project = await NewProjectAsync();
        var indicator = await NewIndicatorAsync(project);
        var measurement = await IdOfAsync(HttpMethod.Post, "/api/measurements",
            new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-01", ["value"] = 91, ["note"] = "一月" });
        var spending = await IdOfAsync(HttpMethod.Post, "/api/spending",
            new JsonObject { ["projectId"] = project, ["period"] = "2021-01", ["amount"] = 10.5m });
        var forecast = await IdOfAsync(HttpMethod.Post, "/api/forecasts",
            new JsonObject { ["indicatorId"] = indicator, ["asOf"] = "2021-07", ["likelihood"] = "possible", ["deviationReasons"] = new JsonArray("funding") });
        var spare = await NewProjectAsync();
        return new Targets(project, indicator, measurement, spending, forecast, spare, await NewIndicatorAsync(project));
    }

    /// <summary>A project form of the department, every owner of the matrix listed.</summary>
    public JsonObject ProjectForm(string name) => new()
    {
        ["departmentCode"] = Department, ["fiscalYear"] = Year, ["name"] = name, ["type"] = "recurring",
        ["competentDepartment"] = "区大数据中心", ["executingUnit"] = "网络技术科",
        ["leader"] = new JsonObject { ["name"] = "赵洪艳", ["phone"] = "83216113" },
        ["rationale"] = "保障全区电子政务外网正常运行", ["content"] = "租赁线路，维护设备", ["overallGoal"] = "保障网络传输稳定运行",
        ["calculationBasis"] = "按合同", ["previousBudgets"] = "持平",
        ["totalBudget"] = 542.74m, ["annualBudget"] = 542.74m,
        ["funding"] = new JsonArray(new JsonObject { ["source"] = "generalPublicBudget", ["amount"] = 542.74m }),
        ["expenses"] = new JsonArray(new JsonObject { ["item"] = "租赁费", ["amount"] = 130.0m }),
        ["ownerIds"] = new JsonArray([.. Caller.Owners.Select(o => (JsonNode)o)]),
        ["filledDate"] = "2021-01-15",
    };

    public static JsonObject IndicatorForm(Guid projectId) => new()
    {
        ["projectId"] = projectId, ["level1"] = "output", ["level2"] = "quality", ["name"] = "机房正常运行", ["target"] = "≥90%",
        ["standard"] = "plan", ["points"] = 20, ["aggregation"] = "mean", ["frequency"] = "monthly",
        ["baselines"] = new JsonArray(new JsonObject { ["year"] = 2020, ["value"] = "≥85%" }), ["note"] = "月度统计",
    };

    /// <summary>An identity user's form: an owner of the department.</summary>
    public static JsonObject UserForm(string userName) => new()
    {
        ["userName"] = userName, ["displayName"] = "矩阵用户" + userName, ["password"] = "matrix-pass-2020",
        ["roles"] = new JsonArray("owner"), ["departments"] = new JsonArray(Department),
    };

    /// <summary>A fresh identity user, created as the admin; its id.</summary>
    public async Task<string> NewUserAsync() =>
        (await ExpectAsync(HttpMethod.Post, "/api/users", UserForm($"bola{Next():D5}"), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public Task<Guid> NewProjectAsync() => IdOfAsync(HttpMethod.Post, "/api/projects", ProjectForm($"项目{Next():D4}"));

    public Task<Guid> NewIndicatorAsync(Guid project) => IdOfAsync(HttpMethod.Post, "/api/indicators", IndicatorForm(project));

    /// <summary>Submits and approves a project's declaration as the admin.</summary>
    public async Task ApproveAsync(Guid project)
    {
        await ExpectAsync(HttpMethod.Post, $"/api/projects/{project}/submit", null, HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Post, $"/api/projects/{project}/approve", null, HttpStatusCode.OK);
    }

    /// <summary>A submitted declaration, for an approve or return cell.</summary>
    public async Task<Guid> NewSubmittedProjectAsync()
    {
        var project = await NewProjectAsync();
        await ExpectAsync(HttpMethod.Post, $"/api/projects/{project}/submit", null, HttpStatusCode.OK);
        return project;
    }

    /// <summary>A fresh project whose July 监控表 the admin took through these steps (submit, accept, …), for a decision cell.</summary>
    public async Task<Guid> NewMonitoringMonthAsync(params string[] steps)
    {
        var project = await NewProjectAsync();
        foreach (var step in steps)
            await ExpectAsync(HttpMethod.Post, $"/api/monitoring-submissions/projects/{project}/{Year}/7/{step}", null, HttpStatusCode.OK);
        return project;
    }

    /// <summary>
    /// A fresh approved declaration's indicator with a pending 目标调整, asked as the admin. Indicators learns
    /// of the approval by event: until then the ask is 409 (not approved), so it is asked again.
    /// </summary>
    public async Task<(Guid Indicator, Guid Adjustment)> NewPendingAdjustmentAsync()
    {
        var project = await NewProjectAsync();
        var indicator = await NewIndicatorAsync(project);
        await ApproveAsync(project);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Post, $"/api/indicators/{indicator}/adjustments",
                new JsonObject { ["target"] = "≥95%", ["reason"] = "矩阵测试" });
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created) return (indicator, JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid());
            Assert.True(response.StatusCode == HttpStatusCode.Conflict && DateTime.UtcNow < deadline, $"asking a 目标调整: {(int)response.StatusCode} {text}");
            await Task.Delay(200);
        }
    }

    /// <summary>An approved declaration's indicator with no open 目标调整: one asked and returned.</summary>
    public async Task<Guid> NewAdjustableIndicatorAsync()
    {
        var (indicator, adjustment) = await NewPendingAdjustmentAsync();
        await ExpectAsync(HttpMethod.Post, $"/api/indicators/{indicator}/adjustments/{adjustment}/return",
            new JsonObject { ["reason"] = "矩阵测试" }, HttpStatusCode.OK);
        return indicator;
    }

    byte[]? template;

    /// <summary>The imports service's XLSX template, fetched once as the admin: a goal form to upload.</summary>
    public async Task<byte[]> TemplateAsync()
    {
        if (template is not null) return template;
        using var response = await SendAsync(HttpMethod.Get, "/api/imports/template", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/imports/template: {(int)response.StatusCode}");
        return template = await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The current ETag of a resource, read as the admin.</summary>
    public async Task<string> ETagAsync(string url)
    {
        using var response = await SendAsync(HttpMethod.Get, url, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return response.Headers.ETag?.Tag ?? "\"0\"";
    }

    public async Task<bool> IsClosedAsync(Guid project)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/evaluations/projects/{project}", null);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("closed").GetBoolean();
    }

    /// <summary>Closes or reopens <see cref="Closable"/> as the admin, so a cell finds it as it needs it.</summary>
    public async Task EnsureClosedAsync(bool closed)
    {
        if (await IsClosedAsync(Closable) == closed) return;
        var (url, body) = closed
            ? ($"/api/evaluations/projects/{Closable}/close", (JsonObject?)null)
            : ($"/api/evaluations/projects/{Closable}/reopen", new JsonObject { ["reason"] = "矩阵测试" });
        await ExpectAsync(HttpMethod.Post, url, body, HttpStatusCode.OK);
    }

    /// <summary>Waits until Reporting has the project (and the indicator): it learns them from events.</summary>
    public async Task InReportingAsync(Guid project, Guid? indicator)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Get, $"/api/dashboard/projects/{project}", null);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (indicator is null || body.Contains(indicator.Value.ToString())) return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Reporting never got project {project}");
            await Task.Delay(200);
        }
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body, string? token = null, string? ifMatch = null) =>
        SendRawAsync(method, url, body is null ? null : body.Content(), token ?? admin, ifMatch);

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string url, HttpContent? content, string? token, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return http.SendAsync(request);
    }

    /// <summary>A request built by the caller, headers and all (the query fuzz sends hostile ones).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    async Task<JsonElement> ExpectAsync(HttpMethod method, string url, JsonNode? body, HttpStatusCode expected)
    {
        using var response = await SendAsync(method, url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    async Task<Guid> IdOfAsync(HttpMethod method, string url, JsonNode body) =>
        (await ExpectAsync(method, url, body, HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
