namespace KpiTracker.Web.Session;

/// <summary>A demo user of the development sign-in page (appsettings.Development.json, DemoUsers).</summary>
public sealed class DemoUser
{
    public string Sub { get; set; } = "";
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string[] Roles { get; set; } = [];
    public string[] Depts { get; set; } = [];
}
