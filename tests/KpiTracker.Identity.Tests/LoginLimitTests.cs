using System.Net;

namespace KpiTracker.Identity.Tests;

/// <summary>The per-account login limit: a 429 with Retry-After, for that account only.</summary>
public sealed class LoginLimitTests(LimitedIdentityFactory factory) : IClassFixture<LimitedIdentityFactory>
{
    [Fact]
    public async Task The_fourth_attempt_on_one_account_within_the_window_is_429_and_other_accounts_go_on()
    {
        var http = factory.CreateClient();
        var target = "someone-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await http.PasswordGrantAsync(target, "wrong-password")).StatusCode);

        var limited = await http.PasswordGrantAsync(target, "wrong-password");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("too_many_attempts", (await limited.ProblemAsync()).GetProperty("error").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PasswordGrantAsync("someone-else", "wrong-password")).StatusCode);
    }
}
