namespace KpiTracker.Web.Api;

public static class ApiClientsSetup
{
    public static IServiceCollection AddApiClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section)
            .Validate(o => o.Url is { IsAbsoluteUri: true }, "Gateway:Url must be the gateway's absolute address, e.g. http://127.0.0.1:8080")
            .ValidateOnStart();
        services.AddHttpClient(ApiConnection.HttpClientName, (sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayOptions>>().Value.Url;
            http.Timeout = TimeSpan.FromSeconds(60);
        });
        services.AddHttpClient(ApiConnection.ImportsHttpClientName, (sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayOptions>>().Value.Url;
            http.Timeout = TimeSpan.FromMinutes(10);
        });
        services.AddScoped<ApiConnection>();
        services.AddScoped<DevelopmentTokenClient>();
        services.AddScoped<DepartmentsClient>();
        services.AddScoped<ProjectsClient>();
        services.AddScoped<IndicatorsClient>();
        services.AddScoped<MeasurementsClient>();
        services.AddScoped<SpendingClient>();
        services.AddScoped<ForecastsClient>();
        services.AddScoped<DashboardClient>();
        services.AddScoped<MonitoringClient>();
        services.AddScoped<MonitoringSubmissionsClient>();
        services.AddScoped<EvaluationsClient>();
        services.AddScoped<AlertsClient>();
        services.AddScoped<ImportsClient>();
        services.AddScoped<UsersClient>();
        return services;
    }
}
