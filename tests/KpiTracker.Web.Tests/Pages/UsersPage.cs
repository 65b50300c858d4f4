namespace KpiTracker.Web.Tests.Pages;

/// <summary>用户管理: the user list with its filters, the user dialog (new or edit) and each row's actions.</summary>
public sealed class UsersPage(IPage page) : AppPage(page)
{
    public Task OpenAsync(string query = "") => GotoAsync("/admin/users" + query);

    public ILocator NavEntry => Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" })
        .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "用户管理" });

    public ILocator Search => Page.GetByLabel("用户名或姓名");
    public ILocator SearchButton => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询", Exact = true });
    public ILocator NewUser => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "新建用户" });
    public ILocator Done => Page.GetByRole(AriaRole.Status);
    public ILocator Rows => Page.Locator("tbody tr.ant-table-row");
    public ILocator Row(string userName) => Rows.Filter(new LocatorFilterOptions { HasText = userName });

    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog);
    public ILocator UserName => Dialog.GetByLabel("用户名", new LocatorGetByLabelOptions { Exact = true });
    public ILocator UserNameProblem => Dialog.Locator("#user-username-problem");
    public ILocator DisplayName => Dialog.GetByLabel("姓名", new LocatorGetByLabelOptions { Exact = true });
    public ILocator Password => Dialog.GetByLabel("初始密码", new LocatorGetByLabelOptions { Exact = false });
    public ILocator NewPassword => Dialog.GetByLabel("新密码", new LocatorGetByLabelOptions { Exact = false });
    public ILocator Departments => Dialog.GetByLabel("部门编码", new LocatorGetByLabelOptions { Exact = false });
    public ILocator Role(string label) => Dialog.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = label, Exact = true });
    public ILocator Save => Dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "保存", Exact = true });
    public ILocator DialogAlert => Dialog.GetByRole(AriaRole.Alert);

    /// <summary>Filters the list down to one user name and waits for its row.</summary>
    public async Task FindAsync(string userName)
    {
        await Search.FillAsync(userName);
        await SearchButton.ClickAsync();
        await Assertions.Expect(Row(userName)).ToBeVisibleAsync();
    }

    public ILocator Action(string userName, string action) =>
        Row(userName).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = action, Exact = false });

    public ILocator Confirm(string text) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = text, Exact = true });
}
