using KpiTracker.Cli.Cli;
using KpiTracker.Declarations.Api;

namespace KpiTracker.Cli.Demo;

/// <summary>
/// The demo's people, one per role and demo department, made through POST /api/users: admin,
/// and for 18001 and 19001 a manager, an owner (named in ownerIds of that department's demo
/// projects, so it can report their values) and an auditor. The password is $KPI_DEMO_PASSWORD
/// (kpi up prints it), else kpi-demo-2021. Users that exist are left as they are.
/// </summary>
public static class DemoUsers
{
    public const string DefaultPassword = "kpi-demo-2021";

    public static string OwnerOf(string department) => $"u-owner-{department}";

    static IEnumerable<(string UserName, string DisplayName, string Role, string[] Departments)> People(IEnumerable<string> departments)
    {
        yield return ("admin", "系统管理员（演示）", "admin", []);
        foreach (var d in departments)
        {
            yield return ($"manager-{d}", $"部门负责人 {d}（演示）", "manager", [d]);
            yield return ($"owner-{d}", $"项目负责人 {d}（演示）", "owner", [d]);
            yield return ($"auditor-{d}", $"审计人员 {d}（演示）", "auditor", [d]);
        }
    }

    /// <summary>Creates the missing ones; false when the identity service refused one (a gateway without identity only warns).</summary>
    public static async Task<bool> EnsureAsync(ApiClient api, CliContext context, IEnumerable<string> departments, CancellationToken ct)
    {
        var password = context.Env("KPI_DEMO_PASSWORD") is { Length: > 0 } p ? p : DefaultPassword;
        var created = new List<string>();
        var existing = 0;
        foreach (var (userName, displayName, role, depts) in People(departments))
        {
            var r = await api.PostAsync("/api/users", new { id = "u-" + userName, userName, displayName, password, roles = new[] { role }, departments = depts }, $"kpi-demo-user-{userName}", ct);
            if (r.IsSuccess) created.Add(userName);
            else if (r.Code == 409) existing++;
            else if (r.Code is 404 or 502 or 503)
            {
                context.Out.WriteLine($"demo users: the identity service does not answer ({r.Describe()}); none made");
                return true;
            }
            else
            {
                context.Out.WriteLine($"demo users: {userName} refused: {r.Describe()}");
                return false;
            }
        }
        context.Out.WriteLine($"demo users: {created.Count} made{(created.Count > 0 ? " (" + string.Join(", ", created) + ")" : "")}, {existing} already there; password for new ones: {password}");
        return true;
    }
}
