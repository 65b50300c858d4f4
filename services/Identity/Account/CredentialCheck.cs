using KpiTracker.Identity.Data;
using KpiTracker.Identity.Model;
using KpiTracker.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Identity.Account;

/// <summary>
/// Checks a user name and password for the sign-in page and the CLI's password grant alike.
/// No user enumeration: an unknown user costs the same password hash as a known one and gets
/// the same answer as a wrong password. Only a caller who knows the password learns that the
/// account is locked or disabled; a wrong password on a locked account is just "wrong".
/// Ten failures lock the account (Identity's lockout), whatever the source of the attempts.
/// </summary>
public sealed class CredentialCheck(UserManager<KpiUser> users, IPasswordHasher<KpiUser> hasher, IdentityDb db, IHttpContextAccessor http,
    Microsoft.Extensions.Options.IOptions<AuditOptions> audit)
{
    public enum Outcome { SignedIn, Wrong, Locked, Disabled }

    public sealed record Result(Outcome Outcome, KpiUser? User = null, DateTimeOffset? LockedUntil = null);

    /// <summary>A hash of nothing in particular, verified when the user does not exist, so both paths do the same work.</summary>
    static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<KpiUser>().HashPassword(new KpiUser(), Guid.NewGuid().ToString()));

    public async Task<Result> CheckAsync(string? userName, string? password)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            hasher.VerifyHashedPassword(new KpiUser(), DummyHash.Value, password ?? "");
            await FailedAsync("signInFailed: unknown user or no password", userName);
            return new Result(Outcome.Wrong);
        }
        var correct = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user))
        {
            await FailedAsync(correct ? "signInRefused: account locked" : "signInFailed: wrong password, account locked", user.UserName);
            return correct ? new Result(Outcome.Locked, user, user.LockoutEnd) : new Result(Outcome.Wrong);
        }
        if (!correct)
        {
            // The attempt that locks the account still answers "wrong": "locked" is said only to the one who knows the password.
            // Its record is the failure count's change, named as what it is.
            AuditAction.Name(http.HttpContext, "signInFailed: wrong password");
            await users.AccessFailedAsync(user);
            return new Result(Outcome.Wrong);
        }
        if (user.Disabled)
        {
            await FailedAsync("signInRefused: account disabled", user.UserName);
            return new Result(Outcome.Disabled, user);
        }
        await users.ResetAccessFailedCountAsync(user);
        return new Result(Outcome.SignedIn, user);
    }

    /// <summary>A failed sign-in that changes nothing is on record too: who tried (the name given), from where, when.</summary>
    Task FailedAsync(string action, string? userName)
    {
        if (!audit.Value.Enabled) return Task.CompletedTask;
        var context = http.HttpContext;
        // Whatever was typed, as text PostgreSQL keeps (a U+0000 would fail the insert, and with it the answer).
        var name = KpiTracker.ServiceDefaults.Problems.TextRule.Clean((userName ?? "").Trim(), multiLine: false);
        name = name.Length > 200 ? name[..200] : name;
        var route = context is null ? "" : $" ({context.Request.Method} {context.Request.Path})";
        return AuditTrail.AppendAsync(db, new AuditEntry("anonymous", "anonymous", action + route, "SignIn", name, [name],
            null, System.Text.Json.JsonSerializer.Serialize(new { userName = name, address = context?.Connection.RemoteIpAddress?.ToString() }),
            System.Diagnostics.Activity.Current?.TraceId.ToHexString()));
    }
}
