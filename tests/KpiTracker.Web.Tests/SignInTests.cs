using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task A_page_asked_for_before_sign_in_comes_back_after_it_and_the_session_is_not_readable_by_script() => Run(async () =>
    {
        await Page.GotoAsync("/dashboard?dept=18001&year=2021");
        Assert.Contains("/signin", Page.Url);
        Assert.Contains("returnUrl=", Page.Url);
        // the development page lists the demo users by role
        Assert.True(await new SignInPage(Page).DemoUser("大数据中心 李主任").IsVisibleAsync());

        await new SignInPage(Page).SignInAsAsync("u-signin-manager", "测试经理", "manager", "18001");

        Assert.EndsWith("/dashboard?dept=18001&year=2021", Page.Url);
        await new DashboardPage(Page).InteractiveAsync();
        Assert.DoesNotContain("kpi.session", await Page.EvaluateAsync<string>("document.cookie"));
        var cookie = (await Context.CookiesAsync()).Single(c => c.Name == "kpi.session");
        Assert.True(cookie.HttpOnly);

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }).ClickAsync();
        await Page.WaitForURLAsync(u => u.Contains("/signin"));
        await Page.GotoAsync("/");
        Assert.Contains("/signin", Page.Url);
    });
}
