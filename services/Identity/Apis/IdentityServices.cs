using KpiTracker.Identity.Data;
using KpiTracker.Identity.Model;
using KpiTracker.Identity.Settings;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace KpiTracker.Identity.Apis;

/// <summary>What the identity handlers need, bundled so signatures stay short (a scoped service: it also holds settings, not only services).</summary>
public sealed class IdentityServices(
    IdentityDb db, UserManager<KpiUser> users, IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens,
    IOptions<IssuerSettings> settings, IOptions<JwtOptions> jwt, TimeProvider clock, ILogger<IdentityServices> logger)
{
    public IdentityDb Db { get; } = db;
    public UserManager<KpiUser> Users { get; } = users;
    public IOpenIddictApplicationManager Applications { get; } = applications;
    public IOpenIddictAuthorizationManager Authorizations { get; } = authorizations;
    public IOpenIddictTokenManager Tokens { get; } = tokens;
    public IssuerSettings Settings { get; } = settings.Value;

    /// <summary>The audience of every access token: the one the API validates (Jwt:Audience).</summary>
    public string Audience { get; } = jwt.Value.Audience;

    public TimeProvider Clock { get; } = clock;
    public ILogger<IdentityServices> Logger { get; } = logger;

    /// <summary>Everything the user holds is revoked: after a password reset, when disabled, on request.</summary>
    public async Task RevokeEverythingAsync(string userId, CancellationToken ct)
    {
        await Authorizations.RevokeBySubjectAsync(userId, ct);
        await Tokens.RevokeBySubjectAsync(userId, ct);
    }
}
