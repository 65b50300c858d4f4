using KpiTracker.Cli.Auth;
using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Commands;

/// <summary>
/// `kpi login`: signs in at the identity service through the gateway and keeps the token for
/// the commands that follow. Scripts use client credentials; a person uses their own account
/// with the password grant of the first-party client kpi-cli: the CLI runs in terminals, over
/// SSH and in CI jobs where no browser can open for the code flow, and a device flow would need
/// a second device the people of a budget unit do not have at hand. The password goes only to
/// our own identity service, under the same lockout and rate limits as the sign-in page.
/// </summary>
public sealed class LoginCommand : ICommand
{
    public string Name => "login";
    public string Summary => "sign in (a user's password or a client's secret) and keep the token for later commands";
    public string Help => """
        Usage: kpi login --user NAME [--password-stdin] [--role R ...] [--dept CODE ...] [--url URL]
               kpi login --client-id ID [--client-secret S] [--role R ...] [--dept CODE ...] [--url URL]

        Signs in at the identity service of the gateway (POST /connect/token) and keeps the token in
        $KPI_TOKEN_STORE, else ~/.config/kpi/tokens.json (owner-only), per gateway URL. Later commands
        use it when neither --token nor $KPI_TOKEN is given, renewing it with its refresh token.

          --user NAME        your user name; the password is read from $KPI_PASSWORD, from standard
                             input with --password-stdin, or asked at the terminal (not echoed)
          --client-id ID     a machine client (client credentials); the secret from --client-secret
                             or $KPI_CLIENT_SECRET
          --role, --dept     ask for less than the account holds (a role or department outside it is refused)
        `kpi logout` revokes the kept refresh token and forgets the token.
        """;

    static readonly OptionSpec[] Specs =
    [
        Common.Url, new("user"), new("password-stdin", TakesValue: false), new("client-id"), new("client-secret"),
        new("role", Repeatable: true), new("dept", Repeatable: true),
    ];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var user = a.Value("user");
        var clientId = a.Value("client-id");
        if ((user is null) == (clientId is null)) throw new UsageException("give either --user NAME or --client-id ID");
        var narrowing = a.Values("role").Select(r => KeyValuePair.Create("role", r))
            .Concat(a.Values("dept").Select(d => KeyValuePair.Create("dept", d)))
            .GroupBy(p => p.Key).Select(g => KeyValuePair.Create(g.Key, string.Join(' ', g.Select(p => p.Value)))).ToList();

        var url = context.Url(a);
        using var tokens = new TokenClient(url, context.HttpHandler);
        TokenStore.Entry entry;
        if (clientId is not null)
        {
            var secret = a.Value("client-secret") ?? context.Env("KPI_CLIENT_SECRET");
            if (string.IsNullOrEmpty(secret)) throw new UsageException("--client-id needs --client-secret or $KPI_CLIENT_SECRET");
            entry = await tokens.ClientCredentialsAsync(clientId, secret, narrowing, ct);
        }
        else
        {
            entry = await tokens.PasswordAsync(user!, PasswordOf(a, context, user!), narrowing, ct);
        }
        var store = TokenStore.For(context);
        store.Put(url, entry);
        var claims = TokenClient.Payload(entry.AccessToken);
        context.Out.WriteLine($"Signed in to {url} as {entry.Name} ({entry.Subject}): roles {List(claims, "role")}; departments {List(claims, "dept")}.");
        context.Out.WriteLine($"Token valid until {entry.ExpiresAt.ToLocalTime():yyyy-MM-dd HH:mm}{(entry.RefreshToken is null ? "" : ", renewed automatically")}; kept in {store.Path}.");
        return ExitCodes.Ok;
    }

    static string PasswordOf(ParsedArgs a, CliContext context, string user)
    {
        if (a.Has("password-stdin")) return context.ReadLine() is { Length: > 0 } line ? line : throw new UsageException("--password-stdin: standard input gave no password");
        if (context.Env("KPI_PASSWORD") is { Length: > 0 } fromEnv) return fromEnv;
        return context.ReadSecret($"Password for {user}: ") is { Length: > 0 } typed
            ? typed
            : throw new UsageException("no password: set $KPI_PASSWORD, use --password-stdin, or run at a terminal");
    }

    static string List(System.Text.Json.JsonElement claims, string name) =>
        !claims.TryGetProperty(name, out var v) ? "none"
        : v.ValueKind == System.Text.Json.JsonValueKind.Array ? string.Join(", ", v.EnumerateArray().Select(x => x.GetString()))
        : v.GetString() ?? "none";
}
