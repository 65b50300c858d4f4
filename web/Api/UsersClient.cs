using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/users (the identity service, admins only): who may sign in, with which roles and departments.</summary>
public sealed class UsersClient(ApiConnection api)
{
    public const int PageSize = 20;

    public Task<ApiResult<Paged<User>>> ListAsync(string? q, string? role, string? dept, int page, CancellationToken ct = default) =>
        api.GetAsync<Paged<User>>(ApiPart.Identity,
            Query.Path("/api/users", ("q", q), ("role", role), ("dept", dept), ("page", page), ("pageSize", PageSize)), ct);

    /// <summary>One user with its ETag, which an edit sends back in If-Match.</summary>
    public Task<ApiResult<User>> GetAsync(string id, CancellationToken ct = default) =>
        api.GetAsync<User>(ApiPart.Identity, Path(id), ct);

    public Task<ApiResult<User>> CreateAsync(NewUser user, CancellationToken ct = default) =>
        api.PostAsync<User>(ApiPart.Identity, "/api/users", user, ct: ct);

    public Task<ApiResult<User>> UpdateAsync(string id, UserChange change, string? etag, CancellationToken ct = default) =>
        api.PutAsync<User>(ApiPart.Identity, Path(id), change, etag, ct);

    public Task<ApiResult<User>> DisableAsync(string id, CancellationToken ct = default) => ActAsync(id, "disable", null, ct);

    public Task<ApiResult<User>> EnableAsync(string id, CancellationToken ct = default) => ActAsync(id, "enable", null, ct);

    public Task<ApiResult<User>> UnlockAsync(string id, CancellationToken ct = default) => ActAsync(id, "unlock", null, ct);

    public Task<ApiResult<User>> ResetPasswordAsync(string id, string? newPassword, CancellationToken ct = default) =>
        ActAsync(id, "password", new { newPassword }, ct);

    Task<ApiResult<User>> ActAsync(string id, string action, object? body, CancellationToken ct) =>
        api.PostAsync<User>(ApiPart.Identity, $"{Path(id)}/{action}", body ?? new { }, ct: ct);

    static string Path(string id) => "/api/users/" + Uri.EscapeDataString(id);
}
