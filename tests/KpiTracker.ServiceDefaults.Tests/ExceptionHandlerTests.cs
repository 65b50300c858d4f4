using System.Text.Json;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>What reaches the caller when an endpoint lets an exception escape.</summary>
public sealed class ExceptionHandlerTests
{
    static async Task<(int Status, JsonElement Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new KpiExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(), NullLogger<KpiExceptionHandler>.Instance);
        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement);
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
}
