using KpiTracker.Imports.Settings;
using Microsoft.Extensions.Options;

namespace KpiTracker.Imports.Apis;

/// <summary>What the import handler needs, bundled for [AsParameters].</summary>
public sealed class ImportServices(IHttpClientFactory clients, IOptions<ImportsOptions> options, ILogger<ImportServices> logger)
{
    public IHttpClientFactory Clients { get; } = clients;
    public IOptions<ImportsOptions> Options { get; } = options;
    public ILogger<ImportServices> Logger { get; } = logger;
}
