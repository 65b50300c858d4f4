namespace KpiTracker.Identity.Apis;

/// <summary>POST /api/users. The id (the token's sub, what ownerIds name) defaults to "u-" + userName.</summary>
public sealed record CreateUserRequest(string? Id, string? UserName, string? DisplayName, string? Password, string[]? Roles, string[]? Departments);
