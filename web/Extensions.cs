using System.Globalization;
using AntDesign;
using KpiTracker.ServiceDefaults.Configuration;
using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.Telemetry;
using KpiTracker.Web.Api;
using KpiTracker.Web.Components;
using KpiTracker.Web.Session;
using Microsoft.AspNetCore.HttpOverrides;

namespace KpiTracker.Web;

public static class Extensions
{
    /// <summary>All of the web app's wiring in one place.</summary>
    public static void AddWebServices(this WebApplicationBuilder builder)
    {
        builder.AddKpiTelemetry();
        builder.AddKpiHealthChecks();
        // Every page speaks 简体中文: dates, numbers and the Ant Design texts (pager, filters, pickers).
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.DefaultThreadCurrentCulture = zh;
        CultureInfo.DefaultThreadCurrentUICulture = zh;
        LocaleProvider.DefaultLanguage = "zh-CN";

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddAntDesign();
        builder.Services.AddWebSession(builder.Configuration, builder.Environment);
        builder.Services.AddApiClients(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the gateway reaches the web (as it alone reaches the services), so its
            // X-Forwarded-Proto is believed wherever it runs: it decides the Secure cookie.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
    }

    public static void MapWeb(this WebApplication app)
    {
        app.ValidateSettings();
        app.MapKpiMetrics();
        app.UseForwardedHeaders();
        // In every environment a failure shows a plain page in Chinese, never a stack trace.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapKpiHealthEndpoints();
        app.MapSessionEndpoints();
        app.MapDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
