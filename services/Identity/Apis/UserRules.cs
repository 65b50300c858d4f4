using System.Text.RegularExpressions;
using KpiTracker.Identity.Model;
using KpiTracker.ServiceDefaults.Problems;

namespace KpiTracker.Identity.Apis;

/// <summary>The field rules of the user API, checked before anything is written.</summary>
public static partial class UserRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex Slug();

    public static void UserName(Validation v, string? userName)
    {
        v.Required("userName", userName);
        if (!string.IsNullOrWhiteSpace(userName) && !Slug().IsMatch(userName))
            v.Add("userName", "must be 2–64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. zhao.hongyan).");
    }

    public static void Id(Validation v, string? id)
    {
        if (id is not null && !Slug().IsMatch(id))
            v.Add("id", "must be 2–64 characters: lower-case letters, digits, '.', '_' or '-' (e.g. u-zhao).");
    }

    public static void DisplayName(Validation v, string? displayName) =>
        v.Required("displayName", displayName).MaxLength("displayName", displayName, 100);

    /// <summary>Role codes for codes or labels; each unknown one is named.</summary>
    public static List<string> Roles(Validation v, string[]? roles)
    {
        if (roles is null || roles.Length == 0)
        {
            v.Add("roles", "give one or more of admin, manager, owner, auditor (or 系统管理员, 部门负责人, 项目负责人, 审计人员).");
            return [];
        }
        var codes = new List<string>();
        foreach (var r in roles)
        {
            if (RoleLabels.Code(r) is { } code) { if (!codes.Contains(code)) codes.Add(code); }
            else v.Add("roles", $"'{r}' is not a role: use admin, manager, owner or auditor.");
        }
        return codes;
    }

    public static List<string> Departments(Validation v, string[]? departments)
    {
        var codes = new List<string>();
        foreach (var d in departments ?? [])
        {
            var code = d?.Trim() ?? "";
            if (code.Length is 0 or > 50 || !code.All(char.IsAsciiLetterOrDigit)) v.Add("departments", $"'{d}' is not a department code (letters and digits, e.g. 18001).");
            else if (!codes.Contains(code)) codes.Add(code);
        }
        return codes;
    }
}
