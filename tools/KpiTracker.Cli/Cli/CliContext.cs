namespace KpiTracker.Cli.Cli;

/// <summary>
/// Everything a command touches outside itself: output writers, environment, the HTTP handler
/// and the working directory. Tests pass writers to read and a fake handler that records requests.
/// </summary>
public sealed class CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Err { get; init; }
    public bool ErrorIsTerminal { get; init; }
    public Func<string, string?> Env { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Null: a real <see cref="HttpClientHandler"/>.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>One line of standard input (kpi login --password-stdin), null at its end.</summary>
    public Func<string?> ReadLine { get; init; } = Console.ReadLine;

    /// <summary>A password typed at a terminal without echo; null when there is no terminal to ask.</summary>
    public Func<string, string?> ReadSecret { get; init; } = Terminal.ReadSecret;

    public static CliContext FromConsole() => new()
    {
        Out = Console.Out,
        Err = Console.Error,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>--url, else KPI_URL, else the local gateway.</summary>
    public string Url(ParsedArgs args) => args.Value("url") ?? (Env("KPI_URL") is { Length: > 0 } u ? u : DefaultUrl);
}
