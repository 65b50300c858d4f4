using System.Net.Sockets;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>What reaches the caller when an endpoint lets an exception escape.</summary>
public sealed class ExceptionHandlerTests
{
    static async Task<(int Status, JsonElement Body)> HandleAsync(Exception exception)
    {
        var (status, body, _) = await HandleFullyAsync(exception);
        return (status, body);
    }

    static async Task<(int Status, JsonElement Body, IHeaderDictionary Headers)> HandleFullyAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new KpiExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>());
        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement, context.Response.Headers);
    }

    [Fact]
    public async Task A_write_that_lost_a_race_is_a_conflict_not_a_server_error()
    {
        var (status, body) = await HandleAsync(new DbUpdateConcurrencyException("version changed"));
        Assert.Equal(409, status);
        Assert.Equal(409, body.GetProperty("status").GetInt32());
        Assert.Contains("same moment", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_duplicate_key_from_a_concurrent_insert_is_a_conflict()
    {
        var duplicate = new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);
        var (status, _) = await HandleAsync(new DbUpdateException("insert failed", duplicate));
        Assert.Equal(409, status);
    }

    [Fact]
    public async Task Anything_else_is_a_bare_500_without_the_exception_text()
    {
        var (status, body) = await HandleAsync(new InvalidOperationException("secret internals"));
        Assert.Equal(500, status);
        Assert.DoesNotContain("secret internals", body.ToString());
    }

    public static TheoryData<string, Exception> Outages() => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "server shutting down (57P01)", new DbUpdateException("save failed", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")) },
        { "starting up (57P03)", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
        { "too many connections (53300)", new PostgresException("too many clients", "FATAL", "FATAL", "53300") },
        { "broker unreachable", new MassTransit.RabbitMqConnectionException("Connect failed") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task A_database_or_broker_that_is_away_is_a_503_with_retry_after(string what, Exception exception)
    {
        var (status, body, headers) = await HandleFullyAsync(exception);
        Assert.True(status == 503, what);
        Assert.Equal("5", headers.RetryAfter.ToString());
        Assert.Equal(5, body.GetProperty("retryAfterSeconds").GetInt32());
        Assert.DoesNotContain("Failed to connect", body.ToString());
    }

    [Fact]
    public async Task A_real_answer_from_a_running_database_is_not_an_outage()
    {
        var (status, _) = await HandleAsync(new DbUpdateException("x", new PostgresException("value too long", "ERROR", "ERROR", "22001")));
        Assert.Equal(500, status);
    }
}
