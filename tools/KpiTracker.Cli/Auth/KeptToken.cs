using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Auth;

/// <summary>The token `kpi login` kept for a gateway, renewed when it is about to expire.</summary>
public static class KeptToken
{
    public static string? For(string url, CliContext context)
    {
        var store = TokenStore.For(context);
        if (store.Get(url) is not { } entry) return null;
        if (entry.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(1)) return entry.AccessToken;
        if (entry.RefreshToken is null) throw new CliFailure($"the token kpi login kept for {url} has expired: run kpi login again");
        // A console process has no synchronisation context: waiting here cannot deadlock.
        using var tokens = new TokenClient(url, context.HttpHandler);
        TokenStore.Entry renewed;
        try
        {
            renewed = tokens.RefreshAsync(entry, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (CliFailure e)
        {
            throw new CliFailure($"the kept sign-in for {url} could not be renewed ({e.Message}): run kpi login again");
        }
        store.Put(url, renewed);
        return renewed.AccessToken;
    }
}
