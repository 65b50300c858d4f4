using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

/// <summary>
/// The real way in: the web sends the browser to the identity service (authorization code + PKCE),
/// a demo user made by `kpi demo` types their password into the identity service's form, and the
/// web keeps the session in its HttpOnly cookie; signing out ends it in the web and in identity.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class IdentitySignInTests(WebStack stack) : BrowserTest(stack)
{
    /// <summary>The demo users' password when KPI_DEMO_PASSWORD is not set (DemoPassword in the CLI).</summary>
    const string DemoPassword = "kpi-demo-2021";

    [Fact]
    public Task A_demo_owner_signs_in_through_identity_sees_their_workbench_and_signs_out() => Run(async () =>
    {
        var login = new IdentityLoginPage(Page);
        await login.OpenFromWebAsync();

        // a wrong password stays on the identity form with its message, and says nothing about the account
        await login.SubmitAsync("owner-18001", "not-the-password");
        await Assertions.Expect(login.Error).ToBeVisibleAsync();
        Assert.Contains("/account/login", Page.Url);

        await login.SubmitAsync("owner-18001", DemoPassword);
        await Page.WaitForURLAsync(u => !u.Contains("/account/") && !u.Contains("/signin"));
        var home = new AppPage.Any(Page);
        await home.InteractiveAsync();
        await Assertions.Expect(home.Heading("工作台")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".user-name")).ToHaveTextAsync("项目负责人 18001（演示）");
        // the demo names u-owner-18001 as the owner of 18001's projects: their links are on the workbench
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new("^我的项目（[1-9]") })).ToBeVisibleAsync();

        // the token is in the HttpOnly session cookie only: page script sees neither
        var cookies = await Context.CookiesAsync();
        Assert.True(cookies.Where(c => c.Name.StartsWith("kpi.session")).All(c => c.HttpOnly));
        var script = await Page.EvaluateAsync<string>("document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        Assert.DoesNotContain("kpi.session", script);
        Assert.DoesNotContain("eyJ", script);

        // once the access token is within two minutes of its end, the next request renews it on the
        // server with the refresh token in the cookie: a new cookie, still signed in, pages still load
        // (the cookie's token was issued before it is read here, so a little after lifetime - 2 min it is due)
        var before = await SessionCookieAsync();
        await Task.Delay(WebStack.AccessTokenLifetime - TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(2));
        await home.GotoAsync("/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new("^我的项目（[1-9]") })).ToBeVisibleAsync();
        Assert.NotEqual(before, await SessionCookieAsync());

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }).ClickAsync();
        await Page.WaitForURLAsync(u => u.Contains("/signin?signedOut=1"));
        await Page.GotoAsync("/");
        Assert.Contains("/signin", Page.Url);
        // identity's own session ended too: the form asks for the password again
        await login.OpenFromWebAsync();
        await Assertions.Expect(Page.GetByLabel("密码")).ToBeVisibleAsync();
    });

    async Task<string> SessionCookieAsync() =>
        string.Join("", (await Context.CookiesAsync()).Where(c => c.Name.StartsWith("kpi.session")).OrderBy(c => c.Name).Select(c => c.Value));
}
