namespace KpiTracker.Declarations.Api;

/// <summary>What happened to one planned project or indicator.</summary>
public enum ImportOutcome
{
    Created,

    /// <summary>Found (the same project name in the department and year; the same indicator in the project).</summary>
    Exists,

    /// <summary>The API refused it, or it went with its project; the detail says why.</summary>
    Failed,
}
