using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ImportTests(WebStack stack) : BrowserTest(stack)
{
    // The dry run and the import answer after the server has read the file and, for the import, made ~60 requests
    // through the gateway: on the shared, loaded test machine that can take far longer than the 5 s default.
    static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 120_000 };

    static readonly string[] SeedProjects = ["网络传输建设运行费", "区“民呼我应”平台项目", "办公后勤保障经费", "党建活动经费", "东西湖区网上群众投诉平台坐席服务外包经费"];

    [Fact]
    public Task An_import_dry_run_of_the_seed_text_shows_the_five_projects_and_confirming_creates_them() => Run(async () =>
    {
        // A department of its own (the demo imported the seed into 18001 already), registered by an admin
        // under the seed's name: a manager declares projects, only an admin registers departments.
        var department = "18" + Random.Shared.Next(100, 999);
        using var admin = Stack.Client(Tokens.Admin);
        (await admin.PostAsJsonAsync("/api/departments", new { code = department, name = "武汉市东西湖区大数据中心", parentCode = "18" })).EnsureSuccessStatusCode();

        await new SignInPage(Page).OpenAsync("/import");
        await new SignInPage(Page).SignInAsAsync($"u-manager-{department}", "导入测试负责人", "manager", department);
        var import = new ImportPage(Page);
        await import.InteractiveAsync();
        await Assertions.Expect(import.TemplateLink).ToHaveAttributeAsync("href", "/downloads/imports/template");

        await import.ChooseAsync(SeedFiles.PathOf(SeedFiles.Wuhan2021));
        await import.DepartmentCode.FillAsync(department);
        await import.Owners.FillAsync($"u-owner-{department}");
        await import.DryRun.ClickAsync();

        await Assertions.Expect(import.Plan).ToContainTextAsync("项目 5 个", Slow);
        foreach (var name in SeedProjects) await Assertions.Expect(import.PlanRow(name)).ToContainTextAsync("个");
        await Assertions.Expect(import.PlanRow("网络传输建设运行费")).ToContainTextAsync("542.74");
        // what was typed stays
        await Assertions.Expect(import.DepartmentCode).ToHaveValueAsync(department);
        await Shots("import-plan");

        await import.Confirm.ClickAsync();
        foreach (var name in SeedProjects) await Assertions.Expect(import.OutcomeRow(name)).ToContainTextAsync("已创建", Slow);
        await Shots("import-result");

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/projects?departmentCode={department}&fiscalYear=2021&pageSize=500");
        var names = listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in SeedProjects) Assert.Contains(name, names);

        // The same page at phone width: nothing wider than the screen.
        await Page.SetViewportSizeAsync(375, 740);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        await Shots("import-result-phone");
        Assert.True(scroll <= client, $"the import page scrolls sideways at 375 px ({scroll} > {client})");
    });
}
