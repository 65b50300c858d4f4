using System.Security.Cryptography;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>
/// API.md's Idempotency-Key on POST: the same key with the same body answers the first response
/// again; with another body, 422; while the first is still running, 409. Keys are per caller,
/// so two users cannot collide. A 5xx is not remembered, so the caller may retry it.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    const int MaxKeyLength = 200;
    /// <summary>A "running" row older than this belongs to a process that died mid-request.</summary>
    static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(HttpContext context, IIdempotencyStore store, IProblemDetailsService problems)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key) || context.User.Identity?.IsAuthenticated != true)
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

        if (!await store.TryBeginAsync(key, caller, hash, ct))
        {
            var existing = await store.FindAsync(key, caller, ct);
            if (existing is { StatusCode: null } && DateTimeOffset.UtcNow - existing.CreatedAt > Abandoned)
            {
                await store.ForgetAsync(key, caller, ct);
                existing = null;
            }
            if (existing is null && await store.TryBeginAsync(key, caller, hash, ct))
            {
                await RunAndRememberAsync(context, store, key, caller, hash, ct);
                return;
            }
            existing ??= await store.FindAsync(key, caller, ct);
            if (existing is null) { await Problem(context, problems, 409, "Idempotency-Key in use", "Retry in a moment."); return; }
            if (existing.RequestHash != hash)
            {
                await Problem(context, problems, 422, "Idempotency-Key reused with a different request",
                    "This key was first used with another body or route; use a new key for a new request.");
                return;
            }
            if (existing.StatusCode is null)
            {
                await Problem(context, problems, 409, "Request still running",
                    "The first request with this Idempotency-Key has not finished; retry shortly to get its response.");
                return;
            }
            await ReplayAsync(context, existing, ct);
            return;
        }
        await RunAndRememberAsync(context, store, key, caller, hash, ct);
    }

    async Task RunAndRememberAsync(HttpContext context, IIdempotencyStore store, string key, string caller, string hash, CancellationToken ct)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.ForgetAsync(key, caller, CancellationToken.None);
            throw;
        }
        context.Response.Body = original;
        var status = context.Response.StatusCode;
        if (status >= 500)
        {
            await store.ForgetAsync(key, caller, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(new IdempotencyRecord
            {
                Key = key, CallerId = caller, RequestHash = hash, StatusCode = status,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null,
                Body = buffer.ToArray(),
            }, CancellationToken.None);
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
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
