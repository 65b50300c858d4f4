using System.Security.Claims;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Web.Session;

/// <summary>The signed-in user as pages need it.</summary>
public sealed record SessionUser(string Sub, string Name, IReadOnlySet<string> Roles, IReadOnlyList<string> Departments)
{
    public static SessionUser? From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(KpiClaims.Subject) is { } sub
            ? new SessionUser(sub.Value, user.FindFirst(KpiClaims.Name)?.Value ?? sub.Value,
                user.FindAll(KpiClaims.Role).Select(c => c.Value).ToHashSet(),
                user.FindAll(KpiClaims.Department).Select(c => c.Value).ToList())
            : null;

    public bool IsAdmin => Roles.Contains("admin");
    public bool IsManager => Roles.Contains("manager");
    public bool IsAuditor => Roles.Contains("auditor");
    public bool IsOwner => Roles.Contains("owner");
    /// <summary>Managers, auditors and admins watch departments; an owner alone reports on projects.</summary>
    public bool WatchesDepartments => IsAdmin || IsManager || IsAuditor;

    public string RoleLabels => string.Join("、", Roles.Select(RoleLabel));

    public static string RoleLabel(string role) => role switch
    {
        "admin" => "管理员",
        "manager" => "部门负责人",
        "owner" => "项目负责人",
        "auditor" => "审计",
        _ => role,
    };
}
