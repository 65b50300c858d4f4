namespace KpiTracker.ServiceDefaults.Http;

/// <summary>
/// ETags are the row's version number. PUT must send If-Match: a missing one is 428 and a stale
/// one 412, so two editors never overwrite each other silently.
/// </summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    public static void Set(HttpContext context, long version) => context.Response.Headers.ETag = For(version);

    public enum Check { Matches, Missing, Stale }

    public static Check IfMatch(HttpRequest request, long currentVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return Check.Missing;
        if (header.Trim() == "*") return Check.Matches;
        var current = For(currentVersion);
        var tags = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return tags.Any(t => t == current || t == "W/" + current) ? Check.Matches : Check.Stale;
    }
}
