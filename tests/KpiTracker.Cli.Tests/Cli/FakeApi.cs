using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>
/// An in-memory stand-in for the gateway: records every request and answers like the API would
/// (departments, projects with 409 existingId on a duplicate name, indicators, archive), or
/// through <see cref="Override"/> for failure cases.
/// </summary>
internal sealed class FakeApi : HttpMessageHandler
{
    public List<Recorded> Requests { get; } = [];
    public Dictionary<string, (string Name, string? Parent)> Departments { get; } = [];
    public Dictionary<string, JsonObject> Projects { get; } = [];
    public List<JsonObject> Indicators { get; } = [];
    public HashSet<string> Archived { get; } = [];
    public HashSet<string> Closed { get; } = [];
    public HashSet<string> Users { get; } = [];

    /// <summary>Return a response to take over a request, or null to answer normally.</summary>
    public Func<Recorded, HttpResponseMessage?>? Override { get; set; }

    public IEnumerable<Recorded> Writes => Requests.Where(r => r.Method != "GET");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var key = request.Headers.TryGetValues("Idempotency-Key", out var v) ? v.First() : null;
        var path = request.RequestUri!.PathAndQuery;
        var rec = new Recorded(request.Method.Method, path, body, key);
        Requests.Add(rec);
        if (Override?.Invoke(rec) is { } overridden) return overridden;
        var route = request.RequestUri.AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);

        switch (request.Method.Method, route)
        {
            case ("POST", "/api/departments"):
            {
                var code = body!["code"]!.GetValue<string>();
                var name = body["name"]!.GetValue<string>();
                var parent = body["parentCode"]?.GetValue<string>();
                if (Departments.TryGetValue(code, out var existing))
                    return existing == (name, parent) ? Json(200, body) : Problem(409, "Department exists differently");
                Departments[code] = (name, parent);
                return Json(201, body);
            }
            case ("POST", "/api/projects"):
            {
                var name = body!["name"]!.GetValue<string>();
                var dup = Projects.FirstOrDefault(p => !Archived.Contains(p.Key) && p.Value["name"]!.GetValue<string>() == name
                    && p.Value["departmentCode"]!.GetValue<string>() == body["departmentCode"]!.GetValue<string>());
                if (dup.Key is not null)
                    return Json(409, new JsonObject { ["title"] = "Project already declared", ["status"] = 409, ["existingId"] = dup.Key });
                var id = Guid.NewGuid().ToString();
                var project = (JsonObject)body.DeepClone();
                project["id"] = id;
                Projects[id] = project;
                return Json(201, project);
            }
            case ("POST", "/api/indicators"):
            {
                var indicator = (JsonObject)body!.DeepClone();
                indicator["id"] = Guid.NewGuid().ToString();
                Indicators.Add(indicator);
                return Json(201, indicator);
            }
            case ("GET", "/api/indicators"):
            {
                var items = new JsonArray(Indicators.Where(i => i["projectId"]!.GetValue<string>() == query["projectId"]).Select(i => (JsonNode)i.DeepClone()).ToArray());
                return Json(200, new JsonObject { ["items"] = items, ["page"] = 1, ["pageSize"] = 500, ["total"] = items.Count });
            }
            case ("DELETE", _) when route.StartsWith("/api/projects/", StringComparison.Ordinal):
                Archived.Add(route["/api/projects/".Length..]);
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            case ("POST", "/api/measurements/batch"):
            {
                var n = body!["items"]!.AsArray().Count;
                var results = new JsonArray(Enumerable.Range(0, n).Select(i => (JsonNode)new JsonObject { ["index"] = i, ["status"] = 201, ["id"] = Guid.NewGuid().ToString() }).ToArray());
                return Json(200, new JsonObject { ["results"] = results });
            }
            case ("POST", _) when route.StartsWith("/api/projects/", StringComparison.Ordinal) && (route.EndsWith("/submit", StringComparison.Ordinal) || route.EndsWith("/approve", StringComparison.Ordinal)):
            {
                var project = Projects[route.Split('/')[3]];
                var next = route.EndsWith("/submit", StringComparison.Ordinal) ? "submitted" : "approved";
                if ((string?)project["status"] == "approved") return Problem(409, "Not allowed in the declaration's status", "The declaration is approved.");
                project["status"] = next;
                return Json(200, project.DeepClone());
            }
            case ("POST", _) when route.StartsWith("/api/evaluations/projects/", StringComparison.Ordinal) && route.EndsWith("/close", StringComparison.Ordinal):
                return Closed.Add(route.Split('/')[4]) ? Json(200, new JsonObject { ["closed"] = true }) : Problem(409, "The year is already closed.");
            case ("POST", "/api/users"):
                return Users.Add(body!["userName"]!.GetValue<string>()) ? Json(201, body) : Problem(409, "Conflict", "The user name is taken.");
            case ("POST", "/api/spending"):
            case ("POST", "/api/forecasts"):
                return Json(201, body);
            default:
                return Problem(404, $"no route {request.Method} {route}");
        }
    }

    public static HttpResponseMessage Json(int status, JsonNode? body) => new((HttpStatusCode)status)
    {
        Content = new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8, "application/json"),
    };

    public static HttpResponseMessage Problem(int status, string title, string? detail = null, Dictionary<string, string[]>? errors = null)
    {
        var o = new JsonObject { ["type"] = "about:blank", ["title"] = title, ["status"] = status };
        if (detail is not null) o["detail"] = detail;
        if (errors is not null) o["errors"] = JsonSerializer.SerializeToNode(errors);
        var r = Json(status, o);
        r.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/problem+json");
        return r;
    }

    /// <summary>A CLI context writing to strings and talking to this fake.</summary>
    public CliContext Context(StringWriter o, StringWriter e, string? cwd = null) => new()
    {
        Out = o, Err = e, HttpHandler = this, Env = _ => null, WorkingDirectory = cwd ?? Directory.GetCurrentDirectory(),
    };
}
