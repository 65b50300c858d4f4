namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>
/// The first response to a POST with an Idempotency-Key, kept so a retry gets it again.
/// A row without a status code is a request still running.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";
    public string CallerId { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
