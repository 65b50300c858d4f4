using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class VisibilityTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task An_owner_of_another_department_gets_no_view_of_the_project() => Run(async () =>
    {
        var data = new TestData(Stack);
        var project = await data.ProjectAsync("他部门的保密项目");

        await new SignInPage(Page).OpenAsync($"/projects/{project}");
        await new SignInPage(Page).SignInAsAsync("u-stranger", "他部门负责人", "owner", "19001");
        await new AppPage.Any(Page).InteractiveAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未找到");
        Assert.DoesNotContain("他部门的保密项目", await Page.ContentAsync());
        await Page.GotoAsync($"/projects/{project}/fill");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未找到");
        Assert.DoesNotContain("他部门的保密项目", await Page.ContentAsync());
    });
}
