using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KpiTracker.ServiceDefaults.OpenApi;
using KpiTracker.Testing;
using Microsoft.Playwright;

namespace KpiTracker.Operations.Tests;

/// <summary>The documentation page at the gateway's /docs and the documents behind it.</summary>
[Collection(OpsStackCollection.Name)]
public sealed partial class ApiDocsTests(OpsStack stack)
{
    static readonly string[] Documents = ["projects", "indicators", "measurements", "reporting", "identity", "imports", "gateway"];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")] private static partial Regex Chinese();
    [GeneratedRegex("[A-Za-z]{3,}")] private static partial Regex English();

    async Task<Dictionary<string, (string Document, JsonElement Operation)>> OperationsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(stack.GatewayUrl) };
        var operations = new Dictionary<string, (string, JsonElement)>();
        foreach (var name in Documents)
        {
            var text = await http.GetStringAsync($"/openapi/{name}.json");
            Assert.DoesNotContain("127.0.0.1", text);
            var doc = JsonDocument.Parse(text).RootElement;
            Assert.Equal("/", doc.GetProperty("servers")[0].GetProperty("url").GetString());
            var bearer = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
            Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
            foreach (var path in doc.GetProperty("paths").EnumerateObject())
                foreach (var op in path.Value.EnumerateObject())
                    operations[$"{op.Name.ToUpperInvariant()} {path.Name}"] = (name, op.Value.Clone());
        }
        return operations;
    }

    [Fact]
    public async Task Every_operation_has_a_chinese_and_english_summary_the_bearer_scheme_and_its_problem_answers()
    {
        var operations = await OperationsAsync();
        var publicRoutes = OperationSummaries.ByRoute.Keys;
        Assert.Empty(publicRoutes.Except(operations.Keys));
        foreach (var (route, (_, op)) in operations)
        {
            var summary = op.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
            Assert.True(Chinese().IsMatch(summary) && English().IsMatch(summary), $"{route}: summary '{summary}' needs Chinese and English");
            var responses = op.GetProperty("responses");
            Assert.True(op.TryGetProperty("security", out _), $"{route}: declares no security");
            foreach (var status in new[] { "401", "429", "503" })
            {
                Assert.True(responses.TryGetProperty(status, out var r), $"{route}: no {status}");
                Assert.True(r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{route}: {status} is not problem+json");
            }
            if (route.StartsWith("PUT", StringComparison.Ordinal)) Assert.True(responses.TryGetProperty("412", out _), $"{route}: no 412");
            if (route.StartsWith("POST", StringComparison.Ordinal)) Assert.True(responses.TryGetProperty("422", out _), $"{route}: no 422");
        }
    }

    [Fact]
    public async Task The_docs_page_opens_without_a_token_and_renders_every_public_route_in_chromium()
    {
        using (var http = new HttpClient())
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(stack.GatewayUrl + "/docs")).StatusCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var screenshots = Path.Combine(TestInfrastructure.RepositoryRoot, ".kpi", "test-results", "screenshots");
        Directory.CreateDirectory(screenshots);
        var operations = await OperationsAsync();
        foreach (var name in Documents)
        {
            var mine = OperationSummaries.ByRoute.Where(r => operations.TryGetValue(r.Key, out var o) && o.Document == name).ToList();
            await page.GotoAsync($"{stack.GatewayUrl}/docs/{name}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 90_000 });
            var shot = Path.Combine(screenshots, $"docs-{name}.png");
            try
            {
                await page.GetByText(mine[0].Value.Split(" · ")[1]).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            }
            finally
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            }
            var text = await page.InnerTextAsync("body");
            foreach (var (route, summary) in mine)
                Assert.True(text.Contains(summary.Split(" · ")[1], StringComparison.Ordinal), $"/docs/{name} does not show {route} ({summary})");
        }
    }
}
