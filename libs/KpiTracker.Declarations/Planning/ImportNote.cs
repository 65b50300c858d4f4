namespace KpiTracker.Declarations;

/// <summary>A decision the importer took for the user (a department code assumed, a type chosen); <see cref="Line"/> 0 is the document as a whole.</summary>
public sealed record ImportNote(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
