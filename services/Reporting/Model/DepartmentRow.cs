namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

public sealed class DepartmentRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public string[] Path { get; set; } = [];
}
