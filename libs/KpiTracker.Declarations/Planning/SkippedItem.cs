namespace KpiTracker.Declarations;

/// <summary>
/// Something of the document that will not be imported, and why. <see cref="Field"/> names the cell that
/// made it so, as the API would (target, level1, name …), when one did.
/// </summary>
public sealed record SkippedItem(int Line, string What, string Why)
{
    public string? Field { get; init; }

    public override string ToString() => $"line {Line}: {What}: {Why}";
}
