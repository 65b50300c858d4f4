using System.Diagnostics;
using Xunit.Abstractions;

namespace KpiTracker.Abuse;

/// <summary>
/// Issue 9's generated BOLA matrix: every public route × every kind of caller (admin, manager,
/// owner, auditor × own department, another, the parent, none; a token without "sub"; a role outside
/// the four), each cell asserting the status the policy gives (<see cref="Routes.Expected"/>).
/// The routes come from the services' OpenAPI documents: one the table does not know fails the test.
/// </summary>
[Collection(AbuseCollection.Name)]
public sealed class BolaMatrixTests(AbuseFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_route_answers_every_caller_as_the_policy_says()
    {
        var world = fixture.World;
        var documents = await OpenApiDocuments.LoadAsync(world);
        var documented = documents.Operations;
        var known = Routes.All.Select(r => r.Key).ToHashSet();
        var unknown = documented.Except(known).Order().ToList();
        var stale = known.Except(documented).Except(Routes.GatewayOwn).Order().ToList();
        Assert.True(unknown.Count == 0 && stale.Count == 0,
            $"The route table and the OpenAPI documents disagree.\nDocumented but without an expectation (add them to Routes.All): {string.Join(", ", unknown)}\n"
            + $"In the table but served by no service: {string.Join(", ", stale)}");

        var clock = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var timings = new List<string>();
        foreach (var route in Routes.All)
        {
            var started = clock.Elapsed;
            // Refusals change nothing, so they share one preparation and run side by side; the cells
            // expected to succeed each get theirs, one after another where the route's state demands it.
            var refused = Caller.All.Where(c => Routes.Expected(route, c) != route.Success).ToList();
            var allowed = Caller.All.Except(refused).ToList();
            var shared = await route.Prepare(world, world.Bola, false);
            await Parallel.ForEachAsync(refused, new ParallelOptions { MaxDegreeOfParallelism = 6 },
                async (caller, _) => { if (await CellAsync(world, route, caller, shared) is { } failure) failures.Add(failure); });
            await Parallel.ForEachAsync(allowed, new ParallelOptions { MaxDegreeOfParallelism = route.Serial ? 1 : 6 },
                async (caller, _) => { if (await CellAsync(world, route, caller, await route.Prepare(world, world.Bola, true)) is { } failure) failures.Add(failure); });
            timings.Add($"{route.Key} {(clock.Elapsed - started).TotalSeconds:0.0}s");
        }
        var cells = Routes.All.Count * Caller.All.Count;
        // The rebuild cells cleared the read model: what follows finds the targets replayed.
        foreach (var t in new[] { world.Bola, world.Fuzz }) await world.InReportingAsync(t.Project, t.Indicator);
        await world.InReportingAsync(world.Closable, null);
        output.WriteLine($"BOLA matrix: {Routes.All.Count} routes × {Caller.All.Count} callers = {cells} cells, {failures.Count} failing, {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(string.Join("; ", timings));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cells} cells differ from the policy:\n" + string.Join("\n", failures.Order()));
    }

    /// <summary>One cell: call as the caller what was prepared as the admin, compare; null when the cell holds.</summary>
    static async Task<string?> CellAsync(World world, Route route, Caller caller, Prepared prepared)
    {
        var expected = Routes.Expected(route, caller);
        using var response = prepared.Upload is { } upload
            ? await world.SendRawAsync(new HttpMethod(route.Method), prepared.Url, upload(), caller.Token, prepared.IfMatch)
            : await world.SendAsync(new HttpMethod(route.Method), prepared.Url, prepared.Body, caller.Token, prepared.IfMatch);
        var (status, body) = await route.ObserveAsync(response);
        if (status != expected) return $"{route.Key} as {caller}: expected {expected}, got {status} {Excerpt(body)}";
        if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{route.Key} as {caller}: {status} is not application/problem+json ({response.Content.Headers.ContentType})";
        return null;
    }

    static string Excerpt(string body) => body.Length <= 160 ? body : body[..160] + "…";
}
