using Microsoft.AspNetCore.Authentication.Cookies;

namespace KpiTracker.Web.Session;

public static class SessionSetup
{
    /// <summary>A cookie session: HttpOnly, Secure (on https), SameSite=Lax, lasting as long as the token in it.</summary>
    public static IServiceCollection AddWebSession(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => !o.DevelopmentSignIn || environment.IsDevelopment(), "Session:DevelopmentSignIn is for Development only")
            .ValidateOnStart();
        var options = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
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
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        return services;
    }
}
