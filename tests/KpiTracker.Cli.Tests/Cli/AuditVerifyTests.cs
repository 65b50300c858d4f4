using System.Text.Json.Nodes;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>`kpi audit verify` asks every service to walk its chain, exits 0 when all are intact and 1 naming the first bad record.</summary>
public sealed class AuditVerifyTests
{
    static FakeApi With(string? broken = null, long position = 0) => new()
    {
        Override = r =>
        {
            if (!r.Path.StartsWith("/api/audit/", StringComparison.Ordinal) || !r.Path.EndsWith("/verify", StringComparison.Ordinal)) return null;
            var service = r.Path.Split('/')[3];
            return FakeApi.Json(200, service == broken
                ? new JsonObject { ["service"] = service, ["records"] = 9, ["intact"] = false, ["firstBadPosition"] = position, ["problem"] = $"record {position}'s content does not give its hash" }
                : new JsonObject { ["service"] = service, ["records"] = 5, ["intact"] = true, ["firstBadPosition"] = null, ["problem"] = null });
        },
    };

    [Fact]
    public async Task Every_chain_intact_exits_0_with_a_line_per_service()
    {
        var api = With();
        var (code, output, _) = await Kpi.RunAsync(api, "audit", "verify");
        Assert.Equal(0, code);
        foreach (var s in new[] { "projects", "indicators", "measurements", "reporting", "identity" })
        {
            Assert.Contains($"{s}: 5 records, chain intact", output);
            Assert.Contains(api.Requests, r => r.Path == $"/api/audit/{s}/verify");
        }
    }

    [Fact]
    public async Task A_broken_chain_exits_1_naming_the_service_and_the_record()
    {
        var (code, output, _) = await Kpi.RunAsync(With("measurements", 7), "audit", "verify");
        Assert.Equal(1, code);
        Assert.Contains("measurements: BROKEN at record 7", output);
        Assert.Contains("projects: 5 records, chain intact", output);
    }
}
