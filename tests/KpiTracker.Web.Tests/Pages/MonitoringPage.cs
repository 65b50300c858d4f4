namespace KpiTracker.Web.Tests.Pages;

/// <summary>监控表: the month's sheet, and above it the 监控表's status with the steps the user may take.</summary>
public sealed class MonitoringPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(Guid project, int month) => GotoAsync($"/projects/{project}/monitoring?month={month}");

    public ILocator Submission => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "监控表提交状态" });

    public ILocator Status => Submission.GetByRole(AriaRole.Status);

    public ILocator Button(string name) => Submission.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>退回原因 while submitted, 重新打开的原因 while accepted.</summary>
    public ILocator Reason(string label) => Submission.GetByLabel(label);

    public ILocator Problem => Submission.GetByRole(AriaRole.Alert);
}
