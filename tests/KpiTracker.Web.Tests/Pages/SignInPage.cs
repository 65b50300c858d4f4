namespace KpiTracker.Web.Tests.Pages;

/// <summary>The development sign-in page: demo users, or any development user by its fields.</summary>
public sealed class SignInPage(IPage page)
{
    public async Task OpenAsync(string returnUrl = "/") =>
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

    /// <summary>Signs in with the form for other development users and waits for the page it leads to.</summary>
    public async Task SignInAsAsync(string sub, string name, string roles, string depts)
    {
        await page.GetByLabel("用户标识").FillAsync(sub);
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("角色").FillAsync(roles);
        await page.GetByLabel("部门编码").FillAsync(depts);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/signin"));
    }

    public ILocator DemoUser(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name });
}
