namespace KpiTracker.Projects.Model;

/// <summary>
/// 部门 / 预算单位. <see cref="Path"/> holds the codes from the root to this department, so
/// "a manager of 18 sees 18001" is one array test, here and in every replica.
/// </summary>
public sealed class Department
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? ParentCode { get; init; }
    public required string[] Path { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
