namespace KpiTracker.Web.Tests.Pages;

/// <summary>What every page of the app shares: it is usable once its interactive circuit runs.</summary>
public abstract class AppPage(IPage page)
{
    protected IPage Page => page;

    /// <summary>Prerendered HTML arrives first; buttons work once the server circuit is connected.</summary>
    public Task InteractiveAsync() =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task GotoAsync(string path)
    {
        await page.GotoAsync(path);
        await InteractiveAsync();
    }

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = name });

    public ILocator Alerts => page.GetByRole(AriaRole.Alert);

    /// <summary>Any page of the app, when only what all pages share is needed.</summary>
    public sealed class Any(IPage page) : AppPage(page);
}
