namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>The claim names and roles of API.md.</summary>
public static class KpiClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Department = "dept";

    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Owner = "owner";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> AllRoles = [Admin, Manager, Owner, Auditor];
}
