using System.Net;
using System.Threading.RateLimiting;
using KpiTracker.Identity.Settings;
using Microsoft.Extensions.Options;

namespace KpiTracker.Identity.Account;

/// <summary>
/// The two login endpoints (the sign-in form and the token endpoint's password grant) are
/// limited with ASP.NET Core's rate limiters twice: per client address and per account name.
/// Checked in the handlers, not by a middleware policy: the name is in the form body, and the
/// token endpoint's other grants (a web server refreshing for all its users from one address)
/// must not share the login's limit. Unknown names get limiters too: a limit only existing
/// accounts had would tell which names exist. Behind the gateway the address is the caller's
/// (X-Forwarded-For, see ForwardedHeaders in Extensions).
/// </summary>
public sealed class LoginLimits : IDisposable
{
    readonly PartitionedRateLimiter<string> perAccount;
    readonly PartitionedRateLimiter<string> perAddress;

    public LoginLimits(IOptions<IssuerSettings> settings)
    {
        var s = settings.Value.Login;
        perAccount = Limiter(s.PerAccountPermitLimit, s.Window);
        perAddress = Limiter(s.PerAddressPermitLimit, s.Window);
    }

    static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    /// <summary>Null when the attempt may go on, else how long the caller must wait.</summary>
    public TimeSpan? TryAcquire(IPAddress? address, string? userName)
    {
        using var byAddress = perAddress.AttemptAcquire(address?.ToString() ?? "unknown");
        if (!byAddress.IsAcquired) return RetryAfter(byAddress);
        using var byAccount = perAccount.AttemptAcquire((userName ?? "").Trim().ToUpperInvariant());
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);

    public void Dispose()
    {
        perAccount.Dispose();
        perAddress.Dispose();
    }
}
