using KpiTracker.Identity.Settings;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiTracker.Identity.Clients;

/// <summary>
/// Makes the database say what the configuration says, before the server takes a request:
/// the four roles, the web app (kpi-web: code + PKCE, refresh, sign-out), the CLI (kpi-cli:
/// password grant, refresh) and every machine client of Identity:Clients (client credentials).
/// Clients are configuration, not data: one removed from the settings is removed here too.
/// </summary>
public sealed class ClientRegistrar(IServiceProvider services, IOptions<IssuerSettings> settings, ILogger<ClientRegistrar> logger) : IHostedLifecycleService
{
    public const string CliClientId = "kpi-cli";

    public async Task StartingAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in KpiClaims.AllRoles)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var apps = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var wanted = Descriptors(settings.Value).ToList();
        foreach (var d in wanted)
        {
            var existing = await apps.FindByClientIdAsync(d.ClientId!, ct);
            if (existing is null) await apps.CreateAsync(d, ct);
            else await apps.UpdateAsync(existing, d, ct);
        }
        var ids = wanted.Select(d => d.ClientId).ToHashSet();
        await foreach (var app in apps.ListAsync(count: null, offset: null, ct))
        {
            var id = await apps.GetClientIdAsync(app, ct);
            if (ids.Contains(id)) continue;
            logger.LogInformation("Client {ClientId} is no longer configured: removed", id);
            await apps.DeleteAsync(app, ct);
        }
        logger.LogInformation("Clients registered: {Clients}", string.Join(", ", ids));
    }

    static IEnumerable<OpenIddictApplicationDescriptor> Descriptors(IssuerSettings s)
    {
        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientSettings.ClientId,
            ClientSecret = string.IsNullOrWhiteSpace(s.Web.ClientSecret) ? null : s.Web.ClientSecret,
            ClientType = string.IsNullOrWhiteSpace(s.Web.ClientSecret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "KpiTracker 网页端",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in s.Web.RedirectUris) web.RedirectUris.Add(new Uri(uri));
        foreach (var uri in s.Web.PostLogoutRedirectUris) web.PostLogoutRedirectUris.Add(new Uri(uri));
        yield return web;

        yield return new OpenIddictApplicationDescriptor
        {
            ClientId = CliClientId,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Native,
            DisplayName = "kpi 命令行",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
        };

        foreach (var (id, client) in s.Clients)
        {
            yield return new OpenIddictApplicationDescriptor
            {
                ClientId = id,
                ClientSecret = client.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = client.DisplayName ?? id,
                Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
            };
        }
    }

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
