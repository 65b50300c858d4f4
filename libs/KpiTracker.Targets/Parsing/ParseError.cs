namespace KpiTracker.Targets;

/// <summary>A parse failure: what went wrong and where (0-based index into the original text).</summary>
public sealed record ParseError(ParseErrorKind Kind, string Message, int Index)
{
    public override string ToString() => Message;
}
