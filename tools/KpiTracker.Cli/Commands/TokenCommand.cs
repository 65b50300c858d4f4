using KpiTracker.Cli.Cli;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi token`: a development JWT, signed with the development key the services accept in Development.</summary>
public sealed class TokenCommand : ICommand
{
    public string Name => "token";
    public string Summary => "print a development JWT (admin by default)";
    public string Help => """
        Usage: kpi token [--sub ID] [--name NAME] [--role ROLE ...] [--dept CODE ...] [--hours N]

        Prints a development token (issuer kpitracker-dev, audience kpitracker-api), for
        curl -H "Authorization: Bearer $(kpi token)" and for --token. Only services running with
        the development signing key accept it.

          --sub ID         subject, the user id (default u-admin)
          --name NAME      display name (default: the subject)
          --role ROLE      admin, manager, owner or auditor; repeat or comma-separate (default admin)
          --dept CODE      department code the caller belongs to; repeat or comma-separate
          --hours N        lifetime in hours (default 8)
        """;

    private static readonly OptionSpec[] Specs =
    [
        new("sub"), new("name"), new("role", Repeatable: true), new("dept", Repeatable: true), new("hours"),
    ];

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return Task.FromResult(ExitCodes.Ok);
        var roles = a.Values("role").Count == 0 ? [KpiClaims.Admin] : a.Values("role").ToList();
        foreach (var role in roles)
        {
            if (!KpiClaims.AllRoles.Contains(role))
                throw new UsageException($"--role '{role}' is not a role (admin, manager, owner, auditor)");
        }
        var hours = a.Double("hours", 0.01) ?? 8;
        if (hours > 24 * 366) throw new UsageException("--hours: at most a year (8784)");
        var sub = a.Value("sub") ?? "u-admin";
        if (string.IsNullOrWhiteSpace(sub)) throw new UsageException("--sub must not be empty");
        var token = DevelopmentTokens.Mint(sub, roles, a.Values("dept"), a.Value("name"), TimeSpan.FromHours(hours));
        context.Out.WriteLine(token);
        return Task.FromResult(ExitCodes.Ok);
    }
}
