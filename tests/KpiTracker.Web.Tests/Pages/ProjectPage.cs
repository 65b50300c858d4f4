namespace KpiTracker.Web.Tests.Pages;

/// <summary>项目: the goal form, the indicator tree with lights, the budget chart.</summary>
public sealed class ProjectPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(Guid project, int asOf) => GotoAsync($"/projects/{project}?asOf={asOf}");

    /// <summary>The indicator tree's row of one indicator (三级指标 is a cell of it).</summary>
    /// <summary>The text of an indicator's row after opening the page afresh, or "" while the read model lacks it.</summary>
    public async Task<string> IndicatorRowTextAsync(Guid project, int asOf, string indicator)
    {
        await OpenAsync(project, asOf);
        var row = IndicatorRow(indicator);
        return await row.CountAsync() == 0 ? "" : await row.First.InnerTextAsync();
    }

    public ILocator IndicatorRow(string indicator) =>
        Page.Locator("table tr").Filter(new LocatorFilterOptions { Has = Page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = indicator, Exact = true }) });
}
