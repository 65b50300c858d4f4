using KpiTracker.Identity;
using KpiTracker.Identity.Account;
using KpiTracker.Identity.Apis;
using KpiTracker.Identity.Data;
using KpiTracker.ServiceDefaults;

await ServiceHost.RunAsync<IdentityDb>(args, "identity", builder => builder.AddApplicationServices(), app =>
{
    app.UseAntiforgery();
    app.MapConnectApi();
    app.MapAccountApi();
    app.MapUsersApi();
}, first: app => app.UseForwardedHeaders());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
