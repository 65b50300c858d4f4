namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>The four roles of the API, with the labels the web shows everywhere (<see cref="Session.SessionUser.RoleLabel"/>).</summary>
public static class UserRoles
{
    public sealed record Option(string Code, string Label);

    public static readonly IReadOnlyList<Option> All =
        new[] { "admin", "manager", "owner", "auditor" }.Select(c => new Option(c, Session.SessionUser.RoleLabel(c))).ToList();
}
