using KpiTracker.Identity;
using KpiTracker.Identity.Account;
using KpiTracker.Identity.Apis;
using KpiTracker.Identity.Data;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Audit;
using KpiTracker.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateAsync<IdentityDb>(args)) return;

app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.MapAuditApi<IdentityDb>("identity");
app.UseAntiforgery();
app.MapConnectApi();
app.MapAccountApi();
app.MapUsersApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
