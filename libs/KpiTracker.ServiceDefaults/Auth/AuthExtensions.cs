using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// JWT bearer validation (issuer, audience, signature, lifetime, small skew). The gateway
    /// validates too, but every service checks again: nothing trusts the network.
    /// Every endpoint requires an authenticated caller unless it says otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddKpiAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>()
            .BindConfiguration(JwtOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidation>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                var o = jwt.Value;
                bearer.MapInboundClaims = false;
                if (o.UsesAuthority)
                {
                    // The identity provider's discovery document gives the issuer and the JWKS.
                    bearer.Authority = o.Authority;
                    bearer.RequireHttpsMetadata = o.RequireHttpsMetadata;
                }
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = string.IsNullOrWhiteSpace(o.Issuer) ? null : o.Issuer,
                    ValidAudience = o.Audience,
                    IssuerSigningKey = o.UsesAuthority ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(o.SigningKey)),
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateIssuerSigningKey = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(o.ClockSkewSeconds),
                    NameClaimType = KpiClaims.Name,
                    RoleClaimType = KpiClaims.Role,
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build());
        return builder;
    }
}
