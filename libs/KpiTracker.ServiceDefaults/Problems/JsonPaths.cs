namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>System.Text.Json reports "$.leader.name"; errors maps use "leader.name".</summary>
public static class JsonPaths
{
    public static string ToFieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return trimmed.Length == 0 ? "body" : trimmed;
    }
}
