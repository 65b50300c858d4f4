using KpiTracker.Imports.Settings;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KpiTracker.Imports;

public static class Extensions
{
    /// <summary>The gateway this service calls on the caller's behalf, by this name.</summary>
    public const string GatewayClient = "gateway";

    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportsOptions>().BindConfiguration(ImportsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ImportsOptions>, ImportsOptionsValidation>();
        // The upload limit is ours (a 413 naming it); the form reader and Kestrel allow a little more for the
        // multipart framing and the other fields, so the answer is our problem, not a reset connection.
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ImportsOptions>>((form, imports) =>
            form.MultipartBodyLengthLimit = imports.Value.MaxFileBytes + ImportsOptions.FormOverheadBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k =>
            k.Limits.MaxRequestBodySize = builder.Configuration.GetValue(ImportsOptions.Section + ":MaxFileBytes", ImportsOptions.DefaultMaxFileBytes)
                                          + ImportsOptions.FormOverheadBytes);
        // The import sends one request per project and indicator through the gateway: a real run of a
        // disclosure (5 projects, ~100 indicators) takes seconds, a large workbook minutes.
        builder.Services.AddHttpClient(GatewayClient, (sp, http) =>
        {
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<ImportsOptions>>().Value.ApiBaseUrl!.TrimEnd('/') + "/");
            http.Timeout = TimeSpan.FromMinutes(10);
        });
    }
}
