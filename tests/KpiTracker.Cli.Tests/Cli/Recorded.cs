using System.Text.Json.Nodes;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>One request the fake API received.</summary>
internal sealed record Recorded(string Method, string Path, JsonNode? Body, string? IdempotencyKey)
{
    public override string ToString() => $"{Method} {Path}";
}
