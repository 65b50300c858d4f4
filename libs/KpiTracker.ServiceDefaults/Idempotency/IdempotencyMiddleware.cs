using System.Security.Cryptography;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>
/// API.md's Idempotency-Key on POST: the same key with the same body answers the first response
/// again; with another body, 422; while the first is still running, 409. Keys are per caller,
/// so two users cannot collide. A 5xx is not remembered, so the caller may retry it.
///
/// The request runs inside one transaction that also stores its response (handlers' own
/// transactions become savepoints in it, see <see cref="Data.UnitOfWork"/>): the write and the
/// remembered answer commit together or not at all. Stored in separate transactions, a crash
/// between the two left a write without its answer: the retry met a "still running" key for
/// minutes and then ran the write a second time. Now a retry finds either the whole answer or
/// nothing done, whatever moment the process, the connection or the database died at.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var key = context.Request.Headers[Header].ToString();
        // A deployable without a database (the gateway, a stateless service) has no store.
        var store = context.RequestServices.GetService<IIdempotencyStore>();
        if (store is null || !HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key) || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        var ct = context.RequestAborted;
        if (key.Length > MaxKeyLength)
        {
            await Problem(context, problems, 400, "Idempotency-Key too long", $"Use at most {MaxKeyLength} characters.");
            return;
        }
        var caller = Caller.From(context.User).Id;
        var hash = await HashRequestAsync(context.Request, ct);

        await using var scope = await store.BeginAsync(key, caller, ct);
        if (scope is null)
        {
            await Problem(context, problems, 409, "Request still running",
                "The first request with this Idempotency-Key has not finished; retry shortly to get its response.");
            return;
        }
        if (await scope.FindAsync(ct) is { } existing)
        {
            if (existing.RequestHash != hash)
            {
                await Problem(context, problems, 422, "Idempotency-Key reused with a different request",
                    "This key was first used with another body or route; use a new key for a new request.");
                return;
            }
            await ReplayAsync(context, existing, ct);
            return;
        }
        await RunAndRememberAsync(context, scope, hash, ct);
    }

    async Task RunAndRememberAsync(HttpContext context, IdempotencyScope scope, string hash, CancellationToken ct)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var status = context.Response.StatusCode;
        // A 5xx rolls back with the scope: nothing was done, so a retry may do it.
        if (status < 500)
        {
            await scope.CompleteAsync(new IdempotencyRecord
            {
                RequestHash = hash, StatusCode = status,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null,
                Body = buffer.ToArray(),
            }, CancellationToken.None);   // the work is done: keep it even if the caller hung up
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
    }

    static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, CancellationToken ct)
    {
        context.Response.StatusCode = record.StatusCode!.Value;
        if (record.ContentType is not null) context.Response.ContentType = record.ContentType;
        if (record.Location is not null) context.Response.Headers.Location = record.Location;
        if (record.ETag is not null) context.Response.Headers.ETag = record.ETag;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 }) await context.Response.Body.WriteAsync(record.Body, ct);
    }

    static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(request.Method + " " + request.Path + request.QueryString + "\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    static Task Problem(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = KpiProblems.Make(status, title, detail),
        }).AsTask();
    }
}
