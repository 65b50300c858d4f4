using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Web.Tests.Support;

/// <summary>
/// The whole system with the web app, and one headless Debian chromium, shared by every test of
/// this project (one stack, one browser; each test gets its own browser context). The demo data
/// is loaded once, with the CLI, for the dashboard tests.
/// </summary>
public sealed class WebStack() : Stack(new StackOptions(Web: true))
{
    IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string DemoOutput { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        var (code, output) = await RunCliAsync("demo");
        DemoOutput = output;
        if (code != 0) throw new InvalidOperationException("kpi demo failed:\n" + output);
    }

    /// <summary>
    /// Identity's access tokens live 2 min 10 s here (30 min by default), so a session signed in
    /// through it reaches the web's two-minute refresh margin after ten seconds and a test sees the renewal.
    /// </summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(130);

    protected override void Configure(string name, Dictionary<string, string> environment)
    {
        if (name == "identity") environment["Identity__AccessTokenLifetime"] = AccessTokenLifetime.ToString();
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>The dashboard as the API answers it, to compare what the page shows.</summary>
    public async Task<JsonElement> DashboardAsync(string token, string department, int year, int? asOf = null)
    {
        using var client = Client(token);
        return await client.GetFromJsonAsync<JsonElement>($"/api/dashboard?departmentCode={department}&fiscalYear={year}" + (asOf is { } m ? $"&asOf={m}" : ""));
    }
}
