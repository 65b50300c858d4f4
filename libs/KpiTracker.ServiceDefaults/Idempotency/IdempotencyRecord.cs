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

    /// <summary>The idempotency_keys table, the same in every service's database.</summary>
    public static void Map(ModelBuilder modelBuilder) => modelBuilder.Entity<IdempotencyRecord>(e =>
    {
        e.ToTable("idempotency_keys");
        e.HasKey(x => new { x.Key, x.CallerId });
        e.Property(x => x.Key).HasColumnName("key").HasMaxLength(200);
        e.Property(x => x.CallerId).HasColumnName("caller_id").HasMaxLength(200);
        e.Property(x => x.RequestHash).HasColumnName("request_hash").HasMaxLength(64);
        e.Property(x => x.StatusCode).HasColumnName("status_code");
        e.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(200);
        e.Property(x => x.Location).HasColumnName("location").HasMaxLength(500);
        e.Property(x => x.ETag).HasColumnName("etag").HasMaxLength(100);
        e.Property(x => x.Body).HasColumnName("body");
        e.Property(x => x.CreatedAt).HasColumnName("created_at");
    });
}
