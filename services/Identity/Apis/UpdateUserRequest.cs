namespace KpiTracker.Identity.Apis;

/// <summary>PUT /api/users/{id}: the display name, roles and departments, all replaced.</summary>
public sealed record UpdateUserRequest(string? DisplayName, string[]? Roles, string[]? Departments);
