namespace KpiTracker.Web.Api.Models;

/// <summary>PUT /api/users/{id}: display name, roles and departments, all replaced.</summary>
public sealed record UserChange(string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Departments);
