namespace KpiTracker.Web.Tests.Pages;

/// <summary>填报: the period's grid, one row per indicator, saved in one batch.</summary>
public sealed class FillPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(Guid project, string period) => GotoAsync($"/projects/{project}/fill?period={period}");

    public ILocator Row(string indicator) => Page.Locator($"tr[data-indicator='{indicator}']");

    public ILocator Value(string indicator) => Page.GetByLabel($"{indicator} 实际值");

    public ILocator Note(string indicator) => Page.GetByLabel($"{indicator} 说明");

    public ILocator Save => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存本期（一次提交）" });

    public ILocator Reason(string indicator) => Row(indicator).GetByRole(AriaRole.Alert);

    public ILocator Status => Page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "已保存" });
}
