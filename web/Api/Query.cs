namespace KpiTracker.Web.Api;

/// <summary>A path with its query string, leaving out the parameters that are not given.</summary>
public static class Query
{
    public static string Path(string path, params (string Name, object? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null && p.Value.ToString() != "")
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}")
            .ToList();
        return given.Count == 0 ? path : path + "?" + string.Join('&', given);
    }
}
