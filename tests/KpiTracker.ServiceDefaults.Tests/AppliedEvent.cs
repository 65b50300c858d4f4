namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>One row per time a consumer applied an event: duplicates would show as two rows.</summary>
public sealed class AppliedEvent
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public string Code { get; set; } = "";
}
