using KpiTracker.Gateway;

var builder = WebApplication.CreateBuilder(args);

builder.AddGatewayServices();

var app = builder.Build();

app.MapGateway();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
