namespace KpiTracker.Cli.Import;

/// <summary>How bad a problem is for the importer.</summary>
public enum ProblemSeverity
{
    /// <summary>A required value is missing or unreadable; the thing it belongs to must not be imported as is.</summary>
    Error,

    /// <summary>Something was read but looks odd (an inconsistency, an inferred label); worth showing, not blocking.</summary>
    Warning,
}

/// <summary>
/// Something the parser could not read, or read with doubts. <see cref="Line"/> is 1-based in the
/// text given to the parser; 0 means the document as a whole.
/// </summary>
public sealed record ImportProblem(int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => $"line {Line}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
