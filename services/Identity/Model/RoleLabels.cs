using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Identity.Model;

/// <summary>The four roles of API.md with their Chinese labels; either form is accepted.</summary>
public static class RoleLabels
{
    static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [KpiClaims.Admin] = "系统管理员",
        [KpiClaims.Manager] = "部门负责人",
        [KpiClaims.Owner] = "项目负责人",
        [KpiClaims.Auditor] = "审计人员",
    };

    public static string Label(string role) => Labels.GetValueOrDefault(role, role);

    /// <summary>The role code for a code or a label; null when it is neither.</summary>
    public static string? Code(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        if (Labels.ContainsKey(t)) return t;
        return Labels.FirstOrDefault(l => l.Value == t).Key;
    }
}
