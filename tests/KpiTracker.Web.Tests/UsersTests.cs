using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

/// <summary>
/// 用户管理 through the browser: every rule is the identity service's (/api/users), so what the page shows
/// is checked against the API's own answers.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UsersTests(WebStack stack) : BrowserTest(stack)
{
    const string Password = "web-users-2026";

    [Fact]
    public Task An_admin_fixes_a_refused_field_creates_the_user_and_disables_them() => Run(async () =>
    {
        var suffix = Random.Shared.Next(100_000, 999_999);
        var userName = $"web.zhao{suffix}";
        var department = "W" + suffix;

        await new SignInPage(Page).OpenAsync("/admin/users");
        await new SignInPage(Page).SignInAsAsync("u-web-admin", "用户管理员", "admin", "18");
        var users = new UsersPage(Page);
        await users.InteractiveAsync();
        await Assertions.Expect(users.NavEntry).ToBeVisibleAsync();
        await Assertions.Expect(users.Heading("用户管理")).ToBeVisibleAsync();

        await users.NewUser.ClickAsync();
        await users.UserName.FillAsync("Zhao Hongyan"); // upper case and a space: the API refuses it
        await users.DisplayName.FillAsync("赵红艳");
        await users.Password.FillAsync(Password);
        await users.Role("项目负责人").CheckAsync();
        await users.Departments.FillAsync(department);
        await users.Save.ClickAsync();

        // the API's reason, in Chinese, beside the user name; everything typed is still there
        await Assertions.Expect(users.UserNameProblem).ToContainTextAsync("小写字母");
        await Assertions.Expect(users.UserName).ToHaveValueAsync("Zhao Hongyan");
        await Assertions.Expect(users.DisplayName).ToHaveValueAsync("赵红艳");
        await Assertions.Expect(users.Password).ToHaveValueAsync(Password);
        await Assertions.Expect(users.Departments).ToHaveValueAsync(department);
        await Assertions.Expect(users.Role("项目负责人")).ToBeCheckedAsync();
        await Shots("users-refused");
        await Page.SetViewportSizeAsync(375, 740);
        await Shots("users-refused-phone");
        await Page.SetViewportSizeAsync(1366, 768);

        await users.UserName.FillAsync(userName);
        await users.Save.ClickAsync();
        await Assertions.Expect(users.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(users.Done).ToContainTextAsync($"已创建用户 {userName}");

        await users.FindAsync(userName);
        var row = users.Row(userName);
        await Assertions.Expect(row).ToContainTextAsync("赵红艳");
        await Assertions.Expect(row).ToContainTextAsync("项目负责人");
        await Assertions.Expect(row).ToContainTextAsync(department);
        await Assertions.Expect(row).ToContainTextAsync("正常");
        await Shots("users-list");

        // the identity service has it, as the page said
        using var admin = Stack.Client(Tokens.Admin);
        var created = await admin.GetFromJsonAsync<JsonElement>($"/api/users/u-{userName}");
        Assert.Equal("赵红艳", created.GetProperty("displayName").GetString());
        Assert.Equal(new[] { "owner" }, created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());

        // a password reset the API refuses (too short) says why beside the field; the fixed one goes through
        await users.Action(userName, "重置密码").ClickAsync();
        await users.NewPassword.FillAsync("short1");
        await users.Dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "重置密码", Exact = true }).ClickAsync();
        await Assertions.Expect(users.DialogAlert).ToContainTextAsync("密码至少 10 位");
        await Assertions.Expect(users.NewPassword).ToHaveValueAsync("short1");
        await users.NewPassword.FillAsync(Password + "-new");
        await users.Dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "重置密码", Exact = true }).ClickAsync();
        await Assertions.Expect(users.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(users.Done).ToContainTextAsync("的密码");

        await users.Action(userName, "停用").ClickAsync();
        await users.Confirm("确认停用").ClickAsync();
        await Assertions.Expect(users.Row(userName)).ToContainTextAsync("已停用");
        await Assertions.Expect(users.Action(userName, "启用")).ToBeVisibleAsync();
        await Assertions.Expect(users.Done).ToContainTextAsync("已停用用户");
        var disabled = await admin.GetFromJsonAsync<JsonElement>($"/api/users/u-{userName}");
        Assert.True(disabled.GetProperty("disabled").GetBoolean());

        await Page.SetViewportSizeAsync(375, 740);
        await Shots("users-list-phone");
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the user list scrolls sideways at 375 px ({widths[0]} > {widths[1]})");
    });

    [Fact]
    public Task An_edit_of_a_user_someone_else_changed_meanwhile_shows_their_version_and_keeps_what_was_typed() => Run(async () =>
    {
        var userName = $"web.qian{Random.Shared.Next(100_000, 999_999)}";
        using var admin = Stack.Client(Tokens.Admin);
        (await admin.PostAsJsonAsync("/api/users", new { userName, displayName = "钱敏", password = Password, roles = new[] { "owner" }, departments = new[] { "18001" } }))
            .EnsureSuccessStatusCode();

        await new SignInPage(Page).OpenAsync("/admin/users?q=" + userName);
        await new SignInPage(Page).SignInAsAsync("u-web-admin", "用户管理员", "admin", "18");
        var users = new UsersPage(Page);
        await users.InteractiveAsync();
        await users.Action(userName, "编辑").ClickAsync();
        await Assertions.Expect(users.DisplayName).ToHaveValueAsync("钱敏");

        // another admin renames the user while the dialog is open
        using var read = await admin.GetAsync($"/api/users/u-{userName}");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/users/u-{userName}")
        {
            Content = JsonContent.Create(new { displayName = "钱敏（财务科）", roles = new[] { "owner" }, departments = new[] { "18001" } }),
        };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        (await admin.SendAsync(put)).EnsureSuccessStatusCode();

        await users.Role("部门负责人").CheckAsync();
        await users.DisplayName.FillAsync("钱敏老师");
        await users.Save.ClickAsync();

        await Assertions.Expect(users.DialogAlert).ToContainTextAsync("其他人已修改了此用户");
        await Assertions.Expect(users.DialogAlert).ToContainTextAsync("钱敏（财务科）");
        await Assertions.Expect(users.DisplayName).ToHaveValueAsync("钱敏老师");
        await Assertions.Expect(users.Role("部门负责人")).ToBeCheckedAsync();
        await Shots("users-stale");

        // saving again is based on the version now shown: it goes through
        await users.Save.ClickAsync();
        await Assertions.Expect(users.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(users.Row(userName)).ToContainTextAsync("钱敏老师");
        var saved = await admin.GetFromJsonAsync<JsonElement>($"/api/users/u-{userName}");
        Assert.Equal(new[] { "manager", "owner" }, saved.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    });

    [Fact]
    public Task A_non_admin_has_no_menu_entry_and_is_refused_the_page() => Run(async () =>
    {
        await new SignInPage(Page).OpenAsync("/");
        await new SignInPage(Page).SignInAsAsync("u-web-owner", "项目负责人甲", "owner", "18001");
        var users = new UsersPage(Page);
        await users.InteractiveAsync();
        await Assertions.Expect(users.Heading("工作台")).ToBeVisibleAsync();
        await Assertions.Expect(users.NavEntry).ToHaveCountAsync(0);

        var response = await Page.GotoAsync("/admin/users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(Page.GetByText("无权访问")).ToBeVisibleAsync();
        Assert.DoesNotContain("新建用户", await Page.ContentAsync());
        await Shots("users-forbidden");
    });
}
