using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy;

namespace KpiTracker.Gateway;

/// <summary>
/// <c>GET /api/audit?objectId=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c> (auditors and admins): every service's audit trail
/// as one list, oldest first, each record naming its <c>service</c>. The trails stay per service — each a hash chain
/// in its own database, answered at <c>/api/audit/{service}</c> — and this is the edge composing their answers for one
/// reader: no service calls another; the gateway asks each service's own route with the caller's own token, so each
/// applies its rule again. A page of the merge holds at most page × pageSize records of any one trail, so that many
/// are read from each; the depth is bounded by <see cref="MaxDepth"/> (deeper, narrow the window with from/to).
/// A trail that cannot be read makes the answer a 503 naming it, never a list silently missing one service.
/// </summary>
public static class AuditTrails
{
    public const string ClientName = "audit-trails";
    public const int MaxDepth = 5000;
    static readonly string[] Services = ["projects", "indicators", "measurements", "reporting", "identity"];

    public static void MapAuditTrails(this WebApplication app) =>
        app.MapGet("/api/audit", ListAsync).RequireRateLimiting(RateLimitOptions.PolicyName);

    /// <summary>One trail's first records (at most the depth asked) and its total, or why it could not be read.</summary>
    sealed record Trail(string Service, List<JsonObject> Items, int Total, string? Failure);

    static async Task<Results<Ok<PagedList<JsonObject>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string? objectId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        HttpContext http, IProxyStateLookup proxy, IHttpClientFactory clients, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin && !caller.Has(KpiClaims.Auditor)) return TypedResults.Problem(KpiProblems.Forbidden("Only auditors and admins read the audit trail."));
        var v = new Validation().Text("objectId", objectId, TextRule.Line(200));
        var paging = PageRequest.From(page, pageSize, v);
        if (from is { } f && to is { } t && t < f) v.Add("to", "must not be before from.");
        var depth = (long)paging.Page * paging.PageSize;
        if (v.IsValid && depth > MaxDepth)
            v.Add("page", $"page × pageSize may reach at most {MaxDepth} records into the merged trails: narrow from/to to read further.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var query = Query(objectId, from, to);
        var client = clients.CreateClient(ClientName);
        var trails = await Task.WhenAll(Services.Select(s => ReadAsync(client, proxy, s, query, (int)depth, http, ct)));
        if (trails.FirstOrDefault(x => x.Failure is not null) is { } failed)
        {
            http.Response.Headers.RetryAfter = ServiceUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(KpiProblems.Make(503, "Temporarily unavailable",
                $"The {failed.Service} service's audit trail could not be read ({failed.Failure}). Retry after {ServiceUnavailable.RetryAfterSeconds} s, or read the others at /api/audit/{{service}}."));
        }
        // Time first (each record's transaction time), then a fixed order for records of the same instant.
        var merged = trails.SelectMany(x => x.Items)
            .OrderBy(r => r["at"]!.GetValue<DateTimeOffset>())
            .ThenBy(r => (string)r["service"]!, StringComparer.Ordinal)
            .ThenBy(r => r["position"]!.GetValue<long>())
            .Skip(paging.Skip).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new PagedList<JsonObject>(merged, paging.Page, paging.PageSize, trails.Sum(x => x.Total)));
    }

    static string Query(string? objectId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var parts = new List<string>();
        if (objectId is not null) parts.Add("objectId=" + Uri.EscapeDataString(objectId));
        if (from is { } f) parts.Add("from=" + Uri.EscapeDataString(f.ToString("O", CultureInfo.InvariantCulture)));
        if (to is { } t) parts.Add("to=" + Uri.EscapeDataString(t.ToString("O", CultureInfo.InvariantCulture)));
        return string.Join('&', parts);
    }

    /// <summary>Reads one trail from the start, page after page of the largest size, until <paramref name="depth"/> records or its end.</summary>
    static async Task<Trail> ReadAsync(HttpClient client, IProxyStateLookup proxy, string service, string query, int depth, HttpContext http, CancellationToken ct)
    {
        if (!proxy.TryGetCluster(service, out var cluster)) return new(service, [], 0, "no route to it is configured");
        var destination = cluster.DestinationsState.AvailableDestinations.FirstOrDefault() ?? cluster.Destinations.Values.FirstOrDefault();
        if (destination is null) return new(service, [], 0, "it has no destination");
        var size = Math.Min(depth, PageRequest.MaxSize);
        var items = new List<JsonObject>();
        var total = 0;
        for (var page = 1; items.Count < depth; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                new Uri(new Uri(destination.Model.Config.Address), $"/api/audit/{service}?{query}&page={page}&pageSize={size}"));
            if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var bearer)) request.Headers.Authorization = bearer;
            JsonNode? body;
            try
            {
                using var response = await client.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode) return new(service, [], 0, $"it answered {(int)response.StatusCode}");
                body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !ct.IsCancellationRequested)
            {
                return new(service, [], 0, "it did not answer");
            }
            total = body!["total"]!.GetValue<int>();
            var got = body["items"]!.AsArray().Select(n => n!.AsObject()).ToList();
            foreach (var record in got)
            {
                record["service"] = service;
                items.Add(record);
            }
            if (got.Count < size || items.Count >= total) break;
        }
        return new(service, items.Take(depth).ToList(), total, null);
    }
}
