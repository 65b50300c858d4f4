using System.Net;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Data;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// Idempotency-Key against real PostgreSQL, on an endpoint that writes a row: the write and the
/// remembered answer commit together, so a retry never meets a half-done request.
/// </summary>
public sealed class IdempotencyTests : IAsyncLifetime
{
    TestDatabase database = null!;
    WebApplication app = null!;
    HttpClient client = null!;
    /// <summary>Requests that should lose their database connection after writing (counted down).</summary>
    int connectionLosses;
    readonly SemaphoreSlim gate = new(1, 1);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("idem");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Db"] = database.ConnectionString,
            ["Jwt:Issuer"] = DevelopmentTokens.DevelopmentIssuer,
            ["Jwt:Audience"] = DevelopmentTokens.DevelopmentAudience,
            ["Jwt:SigningKey"] = DevelopmentTokens.DevelopmentKey,
        });
        builder.AddKpiDbContext<MessagingTestDb>();
        builder.AddKpiProblemDetails();
        builder.AddKpiAuthentication();
        app = builder.Build();
        app.UseKpiProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapPost("/applied/{code}", Apply);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessagingTestDb>().Database.EnsureCreatedAsync();
            // As the services' migrations are followed by it: a request's change is refused without its audit table.
            await KpiTracker.ServiceDefaults.Audit.AuditSchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<MessagingTestDb>());
        }
        await app.StartAsync();
        client = app.GetTestClient().As(DevelopmentTokens.Mint("u-1", [KpiClaims.Admin], []));
    }

    async Task<IResult> Apply(string code, MessagingTestDb db, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        gate.Release();
        await using var unit = await db.BeginUnitAsync(ct);
        db.Applied.Add(new AppliedEvent { EventId = Guid.NewGuid(), Code = code });
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        if (Interlocked.Decrement(ref connectionLosses) >= 0)
        {
            // The database goes away after the handler's own commit, before the answer is kept
            // (a crash, a failover, pg_ctl -m immediate): this request fails with a 503.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())", ct);
        }
        return Results.Created($"/applied/{code}", new { code });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    Task<HttpResponseMessage> PostAsync(string code, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/applied/" + code) { Content = new StringContent("{}") };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    async Task<int> RowsAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MessagingTestDb>().Applied.CountAsync(a => a.Code == code);
    }

    [Fact]
    public async Task A_request_that_lost_its_database_after_writing_left_nothing_and_its_retry_writes_once()
    {
        connectionLosses = 1;
        var first = await PostAsync("lost", "key-lost");
        // A lost connection is an outage: 503 with Retry-After, asking for exactly this retry.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        // Written in two transactions, the row stayed and the key said "still running" (409)
        // for minutes, then the retry wrote a second row.
        Assert.Equal(0, await RowsAsync("lost"));

        var retry = await PostAsync("lost", "key-lost");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(1, await RowsAsync("lost"));

        var again = await PostAsync("lost", "key-lost");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await RowsAsync("lost"));
    }

    [Fact]
    public async Task While_the_first_request_runs_the_same_key_is_refused_then_replayed()
    {
        await gate.WaitAsync();
        var first = PostAsync("race", "key-race");
        await Task.Delay(300);   // the first holds the key and waits at the gate
        var second = await PostAsync("race", "key-race");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        gate.Release();
        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);

        var third = await PostAsync("race", "key-race");
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.True(third.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await RowsAsync("race"));
    }

    [Fact]
    public async Task Another_body_under_a_used_key_is_refused()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("body-a", "key-body")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync("body-b", "key-body")).StatusCode);
        Assert.Equal(0, await RowsAsync("body-b"));
    }
}
