namespace KpiTracker.Web.Tests.Support;

/// <summary>Failure screenshots go beside the test results (`./kpi test` sets KPI_TEST_RESULTS_DIR).</summary>
public static class Screenshots
{
    public static string Directory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("KPI_TEST_RESULTS_DIR") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "TestResults");
            var dir = Path.Combine(root, "screenshots");
            System.IO.Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static async Task SaveAsync(IBrowserContext context, string name)
    {
        var i = 0;
        foreach (var page in context.Pages)
        {
            try
            {
                var file = Path.Combine(Directory, $"{name}-{i++}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
                Console.WriteLine($"screenshot of the failure: {file} ({page.Url})");
            }
            catch (PlaywrightException e)
            {
                Console.WriteLine($"no screenshot of {page.Url}: {e.Message}");
            }
        }
    }
}
