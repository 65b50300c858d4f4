namespace KpiTracker.Web.Api.Models;

/// <summary>POST /api/users; the id defaults to "u-" + userName when left empty.</summary>
public sealed record NewUser(string? Id, string? UserName, string? DisplayName, string? Password, IReadOnlyList<string> Roles, IReadOnlyList<string> Departments);
