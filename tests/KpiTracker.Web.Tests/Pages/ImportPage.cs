namespace KpiTracker.Web.Tests.Pages;

/// <summary>导入: the upload form, the dry run's plan, the confirmation and each project's outcome.</summary>
public sealed class ImportPage(IPage page) : AppPage(page)
{
    public Task OpenAsync() => GotoAsync("/import");

    public ILocator File => Page.GetByLabel("申报表文件（文本或 XLSX，不超过 5 MiB）");

    /// <summary>
    /// Chooses a file on the input found by its label (no file dialog), then waits until the page says it is
    /// chosen: the circuit has streamed it in, so 试运行 finds it.
    /// </summary>
    public async Task ChooseAsync(string path)
    {
        await File.SetInputFilesAsync(path);
        await Assertions.Expect(Page.GetByText("已选择：" + Path.GetFileName(path))).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    public ILocator DepartmentCode => Page.GetByLabel("部门编码");
    public ILocator FiscalYear => Page.GetByLabel("预算年度");
    public ILocator Owners => Page.GetByLabel("项目负责人（用户编号，多个用逗号分隔）");
    public ILocator DryRun => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "试运行" });
    public ILocator Confirm => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认导入" });
    public ILocator TemplateLink => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "下载模板" });

    public ILocator Plan => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "试运行结果", Exact = false });
    public ILocator PlanRow(string project) => Plan.Locator("tbody tr.ant-table-row").Filter(new LocatorFilterOptions { HasText = project });
    public ILocator Outcome => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "导入结果" });
    public ILocator OutcomeRow(string project) => Outcome.Locator("tbody tr.ant-table-row").Filter(new LocatorFilterOptions { HasText = project });
}
