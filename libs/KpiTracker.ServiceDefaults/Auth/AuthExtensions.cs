using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// JWT bearer validation (issuer, audience, signature, lifetime, small skew). The gateway
    /// validates too, but every service checks again: nothing trusts the network.
    /// Each issuer is bound to its own keys: a token naming the Authority must verify with the
    /// Authority's JWKS, a token naming the development issuer with the shared HMAC key, so
    /// the published development key can never stand in for the identity service.
    /// Every endpoint requires an authenticated caller with a subject and a known role unless it
    /// says otherwise: a token without "sub" is refused (401) — every caller must be someone, for
    /// recordedBy, rate limits and idempotency scopes — and a token whose roles are all unknown
    /// (not admin, manager, owner or auditor) is forbidden (403) everywhere, reads included.
    /// </summary>
    public static IHostApplicationBuilder AddKpiAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidation>();
        builder.Services.AddHttpClient(JwksKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.TryAddSingleton<IIssuerKeys, JwksKeys>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, IIssuerKeys>((bearer, jwt, keys) =>
            {
                var o = jwt.Value;
                var sharedKey = o.UsesSharedKey ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(o.SigningKey)) : null;
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuers = ValidIssuers(o),
                    ValidAudience = o.Audience,
                    IssuerSigningKeyResolver = (_, token, kid, _) => KeysFor(token, kid, o, sharedKey, keys),
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateIssuerSigningKey = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(o.ClockSkewSeconds),
                    NameClaimType = KpiClaims.Name,
                    RoleClaimType = KpiClaims.Role,
                };
                bearer.Events = new JwtBearerEvents
                {
                    OnMessageReceived = async context =>
                    {
                        if (Peek(context.Request.Headers.Authorization.ToString()) is { } token && o.IsAuthority(token.Issuer))
                            await keys.PrepareAsync(token.Kid, context.HttpContext.RequestAborted);
                    },
                    OnChallenge = BearerFailures.WriteProblemAsync,
                    OnTokenValidated = RequireUsableIdentity,
                };
            });

        // The default policy too: the gateway's routes name "default", the services' endpoints fall back.
        var knownCaller = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(KpiClaims.AllRoles).Build();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(knownCaller)
            .SetFallbackPolicy(knownCaller);
        return builder;
    }

    static string[] ValidIssuers(JwtOptions o)
    {
        var issuers = new List<string>();
        if (o.UsesSharedKey) issuers.Add(o.Issuer);
        if (o.UsesAuthority) issuers.AddRange([o.Authority!.TrimEnd('/'), o.Authority!.TrimEnd('/') + "/"]);
        return [.. issuers];
    }

    static IEnumerable<SecurityKey> KeysFor(SecurityToken token, string? kid, JwtOptions o, SecurityKey? sharedKey, IIssuerKeys keys)
    {
        var issuer = (token as JsonWebToken)?.Issuer;
        if (sharedKey is not null && issuer == o.Issuer) return [sharedKey];
        if (!o.IsAuthority(issuer)) return [];
        return kid is null ? keys.Keys : keys.Keys.Where(k => k.KeyId == kid);
    }

    /// <summary>The unvalidated token of an Authorization header, only to read its issuer and key id.</summary>
    static JsonWebToken? Peek(string header)
    {
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return new JsonWebToken(header[prefix.Length..].Trim());
        }
        catch (ArgumentException)
        {
            return null; // malformed: validation refuses it and says so
        }
    }

    /// <summary>
    /// A signed token is trusted for who it names, not for what its text holds: its sub, name and dept
    /// claims are stored (recordedBy, the audit trail) and compared in SQL, so a claim holding a control
    /// character (PostgreSQL refuses U+0000), or longer than any identifier, is refused like a token
    /// without a subject (401) rather than failing later as a 500.
    /// </summary>
    static Task RequireUsableIdentity(TokenValidatedContext context)
    {
        if (IdentityProblem(context.Principal) is { } problem) context.Fail(problem);
        return Task.CompletedTask;
    }

    /// <summary>Why a principal cannot be a caller, or null when it can.</summary>
    public static string? IdentityProblem(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var subject = principal?.FindFirst(KpiClaims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject)) return "The token has no subject (sub): every caller must be identified.";
        foreach (var (type, rule) in ClaimRules)
            foreach (var claim in principal!.FindAll(type))
                if (rule.Problem(claim.Value) is { } why) return $"The token's '{type}' claim {why}";
        return null;
    }

    static readonly (string Type, TextRule Rule)[] ClaimRules =
        [(KpiClaims.Subject, TextRule.Name), (KpiClaims.Name, TextRule.Name), (KpiClaims.Department, TextRule.Code), (KpiClaims.Role, TextRule.Code)];
}
