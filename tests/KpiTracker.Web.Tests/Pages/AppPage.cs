namespace KpiTracker.Web.Tests.Pages;

/// <summary>What every page of the app shares: it is usable once its interactive circuit runs.</summary>
public abstract class AppPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Prerendered HTML arrives first; buttons work once the server circuit is connected.</summary>
    /// On a loaded shared machine the circuit can take a while: wait up to a minute.
    public Task InteractiveAsync() =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

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
