using KpiTracker.ServiceDefaults.Problems;

namespace KpiTracker.Gateway;

/// <summary>
/// Everything the API routes do not match goes to the web app (the catch-all route `/`), except
/// /api/*, /openapi/* and /health/*: a script that asks for a path that does not exist gets a
/// 404 problem, not a web page. Literal prefixes outrank the web's catch-all.
/// </summary>
public static class UnknownApiPaths
{
    public static void MapUnknownApiPaths(this WebApplication app)
    {
        foreach (var prefix in new[] { "/api", "/openapi", "/health" })
        {
            app.Map(prefix + "/{**rest}", (HttpContext http) =>
                    TypedResults.Problem(KpiProblems.Make(404, "Not found", $"No API route matches {http.Request.Path}.")))
                .AllowAnonymous();
        }
    }
}
