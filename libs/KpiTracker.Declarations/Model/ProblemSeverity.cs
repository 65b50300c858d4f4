namespace KpiTracker.Declarations;

/// <summary>How bad a problem is for the importer.</summary>
public enum ProblemSeverity
{
    /// <summary>A required value is missing or unreadable; the thing it belongs to must not be imported as is.</summary>
    Error,

    /// <summary>Something was read but looks odd (an inconsistency, an inferred label); worth showing, not blocking.</summary>
    Warning,
}
