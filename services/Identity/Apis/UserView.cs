using KpiTracker.Identity.Model;

namespace KpiTracker.Identity.Apis;

/// <summary>A user as the admin API shows it: roles with their labels, never the password hash.</summary>
public sealed record UserView(
    string Id, string UserName, string DisplayName,
    IReadOnlyList<string> Roles, IReadOnlyList<string> RoleLabels, IReadOnlyList<string> Departments,
    bool Disabled, bool LockedOut, DateTimeOffset? LockedUntil, int FailedAttempts,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static UserView From(KpiUser u, IEnumerable<string> roles, DateTimeOffset now)
    {
        var sorted = roles.Order(StringComparer.Ordinal).ToList();
        var locked = u.LockoutEnd is { } end && end > now;
        return new UserView(u.Id, u.UserName ?? "", u.DisplayName, sorted, sorted.Select(Model.RoleLabels.Label).ToList(), u.Departments,
            u.Disabled, locked, locked ? u.LockoutEnd : null, u.AccessFailedCount, u.CreatedAt, u.UpdatedAt, u.Version);
    }
}
