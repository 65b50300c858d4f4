namespace KpiTracker.Identity.Settings;

public sealed class MachineClientSettings
{
    public string? Secret { get; set; }
    public string? DisplayName { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<string> Departments { get; set; } = [];
}
