namespace KpiTracker.Declarations.Api;

/// <summary>What one import did: the departments, each project with its indicators, counts and the failures as lines.</summary>
public sealed class ImportResult
{
    public RegisteredDepartment? Parent { get; set; }
    public RegisteredDepartment? Department { get; set; }
    public int ProjectsCreated { get; set; }
    public int ProjectsExisting { get; set; }
    public int ProjectsFailed { get; set; }
    public int IndicatorsCreated { get; set; }
    public int IndicatorsExisting { get; set; }
    public int IndicatorsFailed { get; set; }

    /// <summary>"line 409: project 网络传输建设运行费 not imported: …", one per failure.</summary>
    public List<string> Failures { get; } = [];

    public List<ImportedProject> Projects { get; } = [];

    public bool Failed => ProjectsFailed > 0 || IndicatorsFailed > 0 || Failures.Count > 0;
}
