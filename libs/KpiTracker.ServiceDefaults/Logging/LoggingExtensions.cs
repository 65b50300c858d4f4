using Microsoft.Extensions.Logging.Console;

namespace KpiTracker.ServiceDefaults.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// JSON console logs (<see cref="KpiJsonFormatter"/>) unless Logging:Console:FormatterName
    /// asks for another, and quiet categories for failures that reach our own one-line logs
    /// anyway: EF Core would print a stack trace per request while the database is away, and the
    /// problem log (<see cref="Problems.ProblemLog"/>) already carries each failure once.
    /// </summary>
    public static IHostApplicationBuilder AddKpiLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Logging.AddConsoleFormatter<KpiJsonFormatter, KpiJsonFormatterOptions>(o => o.Service = ServiceName(builder.Environment));
        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = KpiJsonFormatter.FormatterName);
        }
        foreach (var category in (string[])[
            "Microsoft.EntityFrameworkCore.Query", "Microsoft.EntityFrameworkCore.Database.Command",
            "Microsoft.EntityFrameworkCore.Database.Connection", "Microsoft.EntityFrameworkCore.Database.Transaction",
            "Microsoft.EntityFrameworkCore.Update", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService",
        ])
        {
            builder.Logging.AddFilter(category, LogLevel.None);
        }
        return builder;
    }

    /// <summary>"KpiTracker.Measurements" → "measurements".</summary>
    public static string ServiceName(IHostEnvironment environment)
    {
        var name = environment.ApplicationName;
        var dot = name.LastIndexOf('.');
        return (dot >= 0 ? name[(dot + 1)..] : name).ToLowerInvariant();
    }
}
