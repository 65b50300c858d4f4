using System.Runtime.CompilerServices;

namespace KpiTracker.Web.Tests.Support;

/// <summary>
/// One browser context per test (its own cookies), at 1366×768 unless a test says otherwise.
/// <see cref="Run"/> saves a full-page screenshot of every open page when the test fails.
/// </summary>
public abstract class BrowserTest(WebStack stack) : IAsyncLifetime
{
    protected WebStack Stack => stack;
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;
    protected virtual ViewportSize Viewport => new() { Width = 1366, Height = 768 };

    public async Task InitializeAsync()
    {
        Context = await stack.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.GatewayUrl,
            ViewportSize = Viewport,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            AcceptDownloads = true,
        });
        // Generous: the test machine is shared and often heavily loaded; no test times anything.
        Context.SetDefaultTimeout(60_000);
        Context.SetDefaultNavigationTimeout(90_000);
        // Expect(...) has its own default (5 s), which a step through two services can exceed on a loaded machine.
        Assertions.SetDefaultExpectTimeout(30_000);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();

    /// <summary>What the page looked like, kept beside the failure screenshots (the README's pictures come from here).</summary>
    protected Task Shots(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Directory, name + ".png"), FullPage = true });

    /// <summary>Runs the test body; on failure, keeps what the browser showed.</summary>
    protected async Task Run(Func<Task> body, [CallerMemberName] string test = "")
    {
        try
        {
            await body();
        }
        catch
        {
            await Screenshots.SaveAsync(Context, GetType().Name + "." + test);
            throw;
        }
    }
}
