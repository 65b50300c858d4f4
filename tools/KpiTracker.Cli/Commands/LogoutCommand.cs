using KpiTracker.Cli.Auth;
using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi logout`: revokes the kept refresh token at the identity service and forgets the token.</summary>
public sealed class LogoutCommand : ICommand
{
    public string Name => "logout";
    public string Summary => "revoke and forget the token kpi login kept";
    public string Help => """
        Usage: kpi logout [--url URL]

        Revokes the refresh token `kpi login` kept for this gateway (POST /connect/revoke) and removes
        the entry from the token store.
        """;

    static readonly OptionSpec[] Specs = [Common.Url];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var url = context.Url(a);
        var store = TokenStore.For(context);
        if (store.Get(url) is not { } entry)
        {
            context.Out.WriteLine($"Not signed in to {url}.");
            return ExitCodes.Ok;
        }
        using (var tokens = new TokenClient(url, context.HttpHandler)) await tokens.RevokeAsync(entry, ct);
        store.Remove(url);
        context.Out.WriteLine($"Signed out of {url} ({entry.Name}); the refresh token is revoked.");
        return ExitCodes.Ok;
    }
}
