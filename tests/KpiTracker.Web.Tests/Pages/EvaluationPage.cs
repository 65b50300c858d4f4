namespace KpiTracker.Web.Tests.Pages;

/// <summary>自评: the self-evaluation table, reviews, closing and reopening, the downloads.</summary>
public sealed class EvaluationPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(Guid project) => GotoAsync($"/projects/{project}/evaluation");

    public ILocator CloseYear => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "关闭本年度" });

    public ILocator CloseSection => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "结项（关闭年度）" });

    /// <summary>The refused close lists each unexplained indicator with a way to explain it.</summary>
    public ILocator ExplainButton(string indicator) =>
        CloseSection.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"为{indicator}填写偏差原因" });

    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog);

    public ILocator DeviationNote => Dialog.GetByLabel("偏差原因分析及改进措施");

    public ILocator SaveReview => Dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "保存评审" });

    public ILocator Download(string name) => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name });
}
