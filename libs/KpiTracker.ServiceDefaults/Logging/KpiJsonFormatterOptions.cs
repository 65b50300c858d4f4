using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;

namespace KpiTracker.ServiceDefaults.Logging;

public sealed class KpiJsonFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Short name of the deployable ("measurements", "gateway").</summary>
    public string Service { get; set; } = "";
}
