using Microsoft.Extensions.Logging.Console;

namespace KpiTracker.ServiceDefaults.Logging;

public sealed class KpiJsonFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Short name of the deployable ("measurements", "gateway").</summary>
    public string Service { get; set; } = "";
}
