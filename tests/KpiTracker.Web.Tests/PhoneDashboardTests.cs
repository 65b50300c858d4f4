using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PhoneDashboardTests(WebStack stack) : BrowserTest(stack)
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 740 };

    [Fact]
    public Task At_phone_width_the_dashboard_has_no_horizontal_scroll() => Run(async () =>
    {
        await new SignInPage(Page).OpenAsync("/dashboard?dept=18001&year=2021");
        await new SignInPage(Page).SignInAsAsync("u-phone-manager", "手机经理", "manager", "18001");
        var dashboard = new DashboardPage(Page);
        await dashboard.InteractiveAsync();
        await Assertions.Expect(dashboard.ProjectRows.First).ToBeVisibleAsync();
        var size = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(size[0] <= size[1], $"the page is {size[0]} px wide in a {size[1]} px window");
    });
}
