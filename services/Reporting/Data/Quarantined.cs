namespace KpiTracker.Reporting.Data;

/// <summary>One item <see cref="PoisonIsolation"/> set aside in dead_letters: which kind and item it was, and which project it belongs to.</summary>
public sealed record Quarantined<T>(T Item, string Kind, Guid ItemId, int Version, Guid ProjectId, Exception Reason);
