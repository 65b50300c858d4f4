using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.Playwright;

// Usage: dotnet run -c Release --project bench/web/KpiTracker.WebBench -- [--url URL] [--runs N]
//          [--department 18001 --year 2021] [--scale-department DSxxxxxxxx --scale-year 2021] [--fill-months 6]
// Timings are wall clock in one headless chromium on this machine, each after a navigation.
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var url = Arg("--url", Environment.GetEnvironmentVariable("KPI_URL") ?? "http://127.0.0.1:8080").TrimEnd('/');
var runs = int.Parse(Arg("--runs", "10"), CultureInfo.InvariantCulture);
var fillMonths = int.Parse(Arg("--fill-months", "6"), CultureInfo.InvariantCulture);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium", Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
Console.WriteLine($"## Web app in headless chromium — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");

await DashboardAsync("18001 demo department", Arg("--department", "18001"), Arg("--year", "2021"));
if (Arg("--scale-department", "") is { Length: > 0 } scale) await DashboardAsync("scale department", scale, Arg("--scale-year", "2021"));
await FillAsync();
Console.WriteLine($"load average at the end {LoadAverage()}");
return 0;

async Task<IPage> SignedInAsync(string sub, string role, string dept)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN" });
    context.SetDefaultTimeout(60_000);
    var page = await context.NewPageAsync();
    await page.GotoAsync("/signin");
    await page.GetByLabel("用户标识").FillAsync(sub);
    await page.GetByLabel("角色").FillAsync(role);
    await page.GetByLabel("部门编码").FillAsync(dept);
    await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true }).ClickAsync();
    await page.WaitForURLAsync(u => !u.Contains("/signin"));
    return page;
}

// From the start of the navigation until the first project row of the table is visible (the table
// comes with the server's first HTML: no wait for the interactive circuit).
async Task DashboardAsync(string what, string dept, string year)
{
    var page = await SignedInAsync($"u-webbench-{dept}", "manager", dept);
    var times = new List<double>();
    for (var i = 0; i <= runs; i++)
    {
        var sw = Stopwatch.StartNew();
        await page.GotoAsync($"/dashboard?dept={dept}&year={year}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("section.project-table tbody tr.ant-table-row").First.WaitForAsync();
        sw.Stop();
        if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds); // the first warms the caches and the JIT
        else Console.WriteLine($"- {what} {dept}/{year}: first (cold) {sw.Elapsed.TotalMilliseconds:F0} ms");
    }
    var rows = await page.Locator("section.project-table tbody tr.ant-table-row").CountAsync();
    Console.WriteLine($"- {what} {dept}/{year}: table render after navigation, {runs} runs: {Stats(times)} ({rows} rows on the first page)");
    await page.Context.DisposeAsync();
}

// A fresh project of 15 monthly indicators; per month: type the 15 values, then time from the click
// on 保存本期 (one batch call) until the grid says all 15 were saved.
async Task FillAsync()
{
    var dept = "WB" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
    var owner = $"u-webbench-owner-{dept}";
    using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Mint("u-webbench-admin", ["admin"], []));
    (await http.PostAsJsonAsync("api/departments", new { code = dept, name = "网页压测 " + dept })).EnsureSuccessStatusCode();
    var created = await http.PostAsJsonAsync("api/projects", new
    {
        departmentCode = dept, fiscalYear = 2021, name = "填报压测项目", type = "recurring", annualBudget = 100m, totalBudget = 100m,
        funding = new[] { new { source = "generalPublicBudget", amount = 100m } }, expenses = Array.Empty<object>(), ownerIds = new[] { owner },
    });
    created.EnsureSuccessStatusCode();
    var project = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
    for (var i = 0; i < 15; i++)
        (await http.PostAsJsonAsync("api/indicators", new { projectId = project, level1 = "output", level2 = "quantity", name = $"压测指标{i + 1:00}", target = "≥90%", aggregation = "mean", frequency = "monthly" })).EnsureSuccessStatusCode();
    await Task.Delay(3000); // Measurements learns the indicators from events

    var page = await SignedInAsync(owner, "owner", dept);
    var times = new List<double>();
    for (var m = 1; m <= fillMonths; m++)
    {
        await page.GotoAsync($"/projects/{project}/fill?period=2021-{m:00}");
        await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        for (var i = 0; i < 15; i++) await page.GetByLabel($"压测指标{i + 1:00} 实际值").FillAsync((91 + i % 5).ToString(CultureInfo.InvariantCulture));
        var sw = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存本期（一次提交）" }).ClickAsync();
        await page.GetByText("已保存 15 项").WaitForAsync();
        sw.Stop();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"- fill grid, 15 indicators, save of a month (click → \"已保存 15 项\"), {fillMonths} months: {Stats(times)}");
    await page.Context.DisposeAsync();
}

static string Stats(List<double> ms)
{
    var s = ms.Order().ToList();
    double P(double q) => s[Math.Min(s.Count - 1, (int)Math.Ceiling(q * s.Count) - 1)];
    return $"p50 {P(0.5):F0} ms, p90 {P(0.9):F0} ms, max {s[^1]:F0} ms";
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
