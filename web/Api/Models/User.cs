namespace KpiTracker.Web.Api.Models;

/// <summary>A user as /api/users shows it (never a password hash).</summary>
public sealed record User(
    string Id, string UserName, string DisplayName,
    IReadOnlyList<string> Roles, IReadOnlyList<string> RoleLabels, IReadOnlyList<string> Departments,
    bool Disabled, bool LockedOut, DateTimeOffset? LockedUntil, int FailedAttempts,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    /// <summary>正常 / 已停用 / 已锁定: a disabled user is 已停用 whether or not also locked.</summary>
    public string StatusLabel => Disabled ? "已停用" : LockedOut ? "已锁定" : "正常";
}
