using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace KpiTracker.Faults;

/// <summary>
/// What one side holds of a project's values, compared with what the writer was told:
/// lost = acknowledged but absent or with another value; duplicated = a value held twice (two
/// rows for one indicator and period, a second version nobody asked for, or a value nobody
/// acknowledged).
/// </summary>
public sealed record Holdings(int Lost, int Duplicated, string Detail)
{
    public bool Exact => Lost == 0 && Duplicated == 0;

    static Holdings Compare(IReadOnlyDictionary<(Guid IndicatorId, string Period), PlannedValue> acknowledged,
        IReadOnlyList<(Guid IndicatorId, string Period, decimal? Value)> held, int extraRows, string side)
    {
        var byKey = held.GroupBy(h => (h.IndicatorId, h.Period)).ToDictionary(g => g.Key, g => g.ToList());
        var lost = acknowledged.Count(a => !byKey.TryGetValue(a.Key, out var rows) || rows[0].Value != a.Value.Value);
        var duplicated = byKey.Values.Sum(rows => rows.Count - 1) + byKey.Keys.Count(k => !acknowledged.ContainsKey(k)) + extraRows;
        var example = acknowledged.FirstOrDefault(a => !byKey.ContainsKey(a.Key)).Key;
        return new Holdings(lost, duplicated, $"{side}: {held.Count} held, {lost} lost, {duplicated} duplicated" +
            (lost > 0 ? $" (e.g. {example.IndicatorId} {example.Period})" : ""));
    }

    /// <summary>Measurements through the API (every page), plus its database for versions nobody asked for.</summary>
    public static async Task<Holdings> OfMeasurementsAsync(FaultProject project, FaultStack stack,
        IReadOnlyDictionary<(Guid, string), PlannedValue> acknowledged)
    {
        var held = new List<(Guid, string, decimal?)>();
        for (var page = 1; ; page++)
        {
            var list = await project.Manager.GetFromJsonAsync<JsonElement>($"/api/measurements?projectId={project.Id}&page={page}&pageSize=500");
            var items = list.GetProperty("items");
            foreach (var m in items.EnumerateArray())
                held.Add((m.GetProperty("indicatorId").GetGuid(), m.GetProperty("period").GetString()!, m.GetProperty("value").GetDecimal()));
            if (items.GetArrayLength() < 500) break;
        }
        var extraVersions = await ScalarAsync(stack.Database("measurements").ConnectionString,
            "SELECT count(*) FROM measurement_versions v JOIN measurements m ON m.id = v.measurement_id WHERE m.project_id = @p AND v.version > 1",
            project.Id);
        return Compare(acknowledged, held, (int)extraVersions, "Measurements");
    }

    /// <summary>Reporting through the project dashboard's trends, plus its read model's rows per indicator and period.</summary>
    public static async Task<Holdings> OfReportingAsync(FaultProject project, FaultStack stack,
        IReadOnlyDictionary<(Guid, string), PlannedValue> acknowledged)
    {
        var response = await project.Manager.GetAsync($"/api/dashboard/projects/{project.Id}?asOf=2021-12");
        if (!response.IsSuccessStatusCode) return new Holdings(acknowledged.Count, 0, $"Reporting: dashboard answered {(int)response.StatusCode}");
        var dashboard = await response.Content.ReadFromJsonAsync<JsonElement>();
        var held = new List<(Guid, string, decimal?)>();
        foreach (var indicator in dashboard.GetProperty("indicators").EnumerateArray())
        {
            var id = indicator.GetProperty("id").GetGuid();
            foreach (var point in indicator.GetProperty("trend").EnumerateArray())
                held.Add((id, point.GetProperty("period").GetString()!, point.GetProperty("value").GetDecimal()));
        }
        // The read model keeps one row per measurement: more rows than trend points would be a double.
        var rows = await ScalarAsync(stack.Database("reporting").ConnectionString, "SELECT count(*) FROM measurements WHERE project_id = @p", project.Id);
        return Compare(acknowledged, held, (int)Math.Max(0, rows - held.Count), "Reporting");
    }

    static async Task<long> ScalarAsync(string connectionString, string sql, Guid projectId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", projectId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
