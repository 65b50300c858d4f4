using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.ServiceDefaults.Logging;

public sealed class KpiJsonFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Short name of the deployable ("measurements", "gateway").</summary>
    public string Service { get; set; } = "";
}
