namespace KpiTracker.Measurements.Apis;

/// <summary>An entry as it stands now: the current version's amount, note, author and reason.</summary>
public sealed record SpendingView(Guid Id, Guid ProjectId, string Period, decimal Amount, string? Note,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt, int Version, string? CorrectionReason)
{
    public static SpendingView From(Spending x) => From(x, SpendingVersion.Original(x));

    public static SpendingView From(Spending x, SpendingVersion v) =>
        new(x.Id, x.ProjectId, x.Period, v.Amount, v.Note, v.RecordedBy, v.RecordedByName, v.RecordedAt, v.Version, v.CorrectionReason);
}
