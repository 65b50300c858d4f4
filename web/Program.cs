using KpiTracker.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddWebServices();

var app = builder.Build();

app.MapWeb();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
