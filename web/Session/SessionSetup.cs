using KpiTracker.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;

namespace KpiTracker.Web.Session;

public static class SessionSetup
{
    /// <summary>
    /// A cookie session: HttpOnly, Secure (on https), SameSite=Lax, lasting as long as the token in it
    /// (or, after an identity sign-in with a refresh token, the session's lifetime). It is written by
    /// the development sign-in (Development only) or the identity service's sign-in (OIDC).
    /// </summary>
    public static IServiceCollection AddWebSession(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => !o.DevelopmentSignIn || environment.IsDevelopment(), "Session:DevelopmentSignIn is for Development only")
            .ValidateOnStart();
        var options = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        var oidc = OidcSettings.From(configuration);
        services.AddSingleton(oidc);
        services.AddSingleton<IValidateOptions<SessionOptions>>(new OidcRequired(oidc, environment));
        services.Configure<List<DemoUser>>(configuration.GetSection("DemoUsers"));
        services.AddAuthentication(SessionClaims.Scheme)
            .AddCookie(SessionClaims.Scheme, o =>
            {
                o.Cookie.Name = "kpi.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = options.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/forbidden";
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = options.Lifetime;
                o.SlidingExpiration = false;
                o.Events.OnValidatePrincipal = TokenRefresh.ValidateAsync;
            })
            .AddIdentitySignIn(oidc, options, configuration);
        services.AddMemoryCache();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        return services;
    }

    /// <summary>Outside Development the identity service is the only way in: its address must be given.</summary>
    sealed class OidcRequired(OidcSettings oidc, IHostEnvironment environment) : IValidateOptions<SessionOptions>
    {
        public ValidateOptionsResult Validate(string? name, SessionOptions options) =>
            new SettingErrors().MissingUnless(oidc.Enabled || environment.IsDevelopment(), "Oidc:Authority",
                "the identity service's public origin (the gateway's URL, e.g. https://kpi.example.gov.cn/) where people sign in; Jwt:Authority is used when it is absent").Result();
    }
}
