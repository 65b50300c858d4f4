using KpiTracker.Identity.Account;
using KpiTracker.Identity.Clients;
using KpiTracker.Identity.Data;
using KpiTracker.Identity.Model;
using KpiTracker.Identity.Settings;
using KpiTracker.Identity.Signing;
using KpiTracker.Identity.Tokens;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiTracker.Identity;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IssuerSettings>().BindConfiguration(IssuerSettings.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IssuerSettings>, IssuerSettingsValidation>();
        builder.Services.AddSingleton<SigningKeys>();
        // Our own /api/users tokens are checked against the keys we sign with, not over HTTP to ourselves.
        builder.Services.Replace(ServiceDescriptor.Singleton<IIssuerKeys>(sp => sp.GetRequiredService<SigningKeys>()));
        builder.Services.PostConfigure<JwtOptions>(jwt => jwt.Authority ??= builder.Configuration[$"{IssuerSettings.Section}:Issuer"]);

        builder.AddKpiDbContext<IdentityDb>();
        builder.Services.AddDataProtection().SetApplicationName("kpitracker-identity").PersistKeysToDbContext<IdentityDb>();
        builder.AddUsers();
        builder.AddOpenIddictServer();
        builder.Services.AddHostedService<ClientRegistrar>();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "kpi.identity.af");
        builder.Services.AddScoped<CredentialCheck>();
        builder.Services.AddScoped<Apis.IdentityServices>();
        builder.Services.AddSingleton<LoginLimits>();
        builder.AddForwardedHeaders();
    }

    /// <summary>ASP.NET Core Identity without its UI: users, roles, password hashing, lockout, and the sign-in cookie.</summary>
    static void AddUsers(this IHostApplicationBuilder builder)
    {
        var login = builder.Configuration.GetSection($"{IssuerSettings.Section}:Login").Get<LoginSettings>() ?? new LoginSettings();
        builder.Services.AddIdentityCore<KpiUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = login.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = login.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.ClaimsIdentity.UserIdClaimType = Claims.Subject;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>();
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, o =>
        {
            o.Cookie.Name = "kpi.identity";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AccountApi.LoginPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A relative Location: behind the gateway our own host name is not the one the browser knows.
            o.Events.OnRedirectToLogin = context =>
            {
                var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
                context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
    }

    static void AddOpenIddictServer(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing");
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetRevocationEndpointUris("connect/revoke");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowPasswordFlow()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                // PKCE with S256 only: "plain" would hand the verifier to whoever sees the authorize request.
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                // Access tokens are plain signed JWTs: every service reads them with its own JwtBearer.
                o.DisableAccessTokenEncryption();
                var aspnet = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                var requireHttps = builder.Configuration.GetValue<bool?>($"{IssuerSettings.Section}:RequireHttps") ?? !development;
                if (!requireHttps) aspnet.DisableTransportSecurityRequirement();
                OAuthProblems.Register(o);
                RetiredKeysFilter.Register(o);
            });
        // Issuer, lifetimes and keys come from the validated settings, read when the server options are first built.
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<IssuerSettings>, SigningKeys>((server, settings, keys) =>
        {
            var s = settings.Value;
            if (Uri.TryCreate(s.Issuer, UriKind.Absolute, out var issuer)) server.Issuer = issuer;
            server.AccessTokenLifetime = s.AccessTokenLifetime;
            server.RefreshTokenLifetime = s.RefreshTokenLifetime;
            server.RefreshTokenReuseLeeway = s.RefreshTokenReuseLeeway;
            foreach (var key in keys.Signing.Keys)
                server.SigningCredentials.Add(new Microsoft.IdentityModel.Tokens.SigningCredentials(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256));
            foreach (var key in keys.Encryption.Keys.Count > 0 ? keys.Encryption.Keys : KeyRing.Ephemeral().Keys)
                server.EncryptionCredentials.Add(new Microsoft.IdentityModel.Tokens.EncryptingCredentials(key,
                    Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaOAEP, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256CbcHmacSha512));
        });
        builder.Services.AddSingleton<IValidateOptions<OpenIddictServerOptions>, CurrentKeySigns>();
    }

    /// <summary>
    /// Behind the gateway, the caller's address (for the per-address login limit) and scheme come
    /// from X-Forwarded-For/-Proto, trusted only from loopback and the networks of
    /// ForwardedHeaders:KnownNetworks (e.g. the cluster's pod network, 10.0.0.0/8).
    /// </summary>
    static void AddForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var networks = builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var n in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
        });
    }
}
