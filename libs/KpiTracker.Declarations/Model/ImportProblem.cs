namespace KpiTracker.Declarations;

/// <summary>
/// Something the parser could not read, or read with doubts. <see cref="Line"/> is 1-based in the
/// text given to the parser; 0 means the document as a whole.
/// </summary>
public sealed record ImportProblem(int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => $"line {Line}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
