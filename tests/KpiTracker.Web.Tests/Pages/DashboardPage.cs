namespace KpiTracker.Web.Tests.Pages;

/// <summary>部门看板: the choice bar, the tiles (buttons that filter), the project table.</summary>
public sealed class DashboardPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(string department, int year, int? asOf = null) =>
        GotoAsync($"/dashboard?dept={department}&year={year}" + (asOf is { } m ? $"&asOf={m}" : ""));

    public ILocator LightTile(string label) => Page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "按预警灯筛选" })
        .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label });

    public async Task<int> LightCountAsync(string label) =>
        int.Parse((await LightTile(label).Locator(".count").InnerTextAsync()).Trim());

    public ILocator ProjectTable => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "项目支出" });

    /// <summary>The body rows of the project table (not the header).</summary>
    public ILocator ProjectRows => ProjectTable.Locator("tbody tr.ant-table-row");

    public ILocator ProjectLink(string name) => ProjectTable.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name });
}
