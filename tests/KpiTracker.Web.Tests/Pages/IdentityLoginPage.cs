namespace KpiTracker.Web.Tests.Pages;

/// <summary>The identity service's own sign-in form (/account/login), reached from the web's 统一身份认证 button.</summary>
public sealed class IdentityLoginPage(IPage page)
{
    /// <summary>From the web's /signin page to the identity service's form.</summary>
    public async Task OpenFromWebAsync(string returnUrl = "/")
    {
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "通过统一身份认证登录" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/account/login"));
    }

    public async Task SubmitAsync(string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true }).ClickAsync();
    }

    public ILocator Error => page.Locator("#login-error");
}
