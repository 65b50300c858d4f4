namespace KpiTracker.Web.Api.Models;

public sealed record Department(string Code, string Name, string? ParentCode, IReadOnlyList<string> Path);
