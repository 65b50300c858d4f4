using System.Text.Json.Nodes;

namespace KpiTracker.Abuse;

/// <summary>A request ready to send for one cell: where, what, and which ETag; <see cref="Upload"/> a non-JSON body (a file), made fresh per cell.</summary>
public sealed record Prepared(string Url, JsonNode? Body = null, string? IfMatch = null, Func<HttpContent>? Upload = null);
