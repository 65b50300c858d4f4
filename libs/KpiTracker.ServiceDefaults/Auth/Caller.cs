using System.Security.Claims;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// Who is calling and what they may touch. Department scoping works on department paths
/// (root → leaf codes), so a manager of 18 sees 18001 without any service knowing the tree.
/// </summary>
public sealed record Caller(string Id, string Name, IReadOnlySet<string> Roles, IReadOnlyList<string> Departments)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var id = user.FindFirst(KpiClaims.Subject)?.Value ?? "";
        var name = user.FindFirst(KpiClaims.Name)?.Value ?? id;
        var roles = user.FindAll(KpiClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var depts = user.FindAll(KpiClaims.Department).Select(c => c.Value).Distinct().ToList();
        return new Caller(id, name, roles, depts);
    }

    public bool IsAdmin => Roles.Contains(KpiClaims.Admin);

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>Reads: admins see all; everyone else sees their departments and their children.</summary>
    public bool CanSee(IReadOnlyList<string> departmentPath) =>
        IsAdmin || departmentPath.Any(code => Departments.Contains(code));

    /// <summary>Declaring and changing projects and indicators: admins, and managers in scope.</summary>
    public bool CanManage(IReadOnlyList<string> departmentPath) =>
        IsAdmin || (Has(KpiClaims.Manager) && CanSee(departmentPath));

    /// <summary>
    /// Approving or returning a declaration, and a 目标调整 of an approved one: admins, and managers of a
    /// department above the declaring one (a manager of 18 for a project of 18001). A manager of the
    /// declaring department alone does not approve its own declaration; a root department's
    /// declarations are approved by an admin.
    /// </summary>
    public bool CanApprove(IReadOnlyList<string> departmentPath) =>
        IsAdmin || (Has(KpiClaims.Manager) && departmentPath.Take(departmentPath.Count - 1).Any(code => Departments.Contains(code)));

    /// <summary>
    /// Reporting values: managers in scope, and owners named on the project whose token also names
    /// a department covering it. The listing alone is not enough: ownerIds outlive a person's move
    /// to another department, and the identity provider's department claim is the current word.
    /// </summary>
    public bool CanReport(IReadOnlyList<string> departmentPath, IEnumerable<string> ownerIds) =>
        CanManage(departmentPath) || (Has(KpiClaims.Owner) && ownerIds.Contains(Id) && CanSee(departmentPath));

    /// <summary>Owners named on a project see it even outside their department claims (reading only: see <see cref="CanReport"/>).</summary>
    public bool CanSee(IReadOnlyList<string> departmentPath, IEnumerable<string> ownerIds) =>
        CanSee(departmentPath) || ownerIds.Contains(Id);
}
