using System.Diagnostics;
using System.Net;
using KpiTracker.ServiceDefaults.Auth;
using Xunit;

namespace KpiTracker.Testing.Processes;

/// <summary>
/// The whole system for one test run (shared by every test project that runs real processes): four services, the identity
/// service, the imports service and the gateway as real processes, each service on a fresh PostgreSQL database, all on a RabbitMQ virtual host of their own (so a
/// developer's `kpi up` stack on the same broker is never disturbed). As `kpi up` does, every
/// deployable accepts both the identity service's tokens (its discovery document and JWKS) and
/// the development HMAC tokens the tests mint. With <see cref="StackOptions.Web"/> the web app
/// runs too, reached through the gateway's `/` route.
/// </summary>
public class Stack : IAsyncLifetime
{
    readonly StackOptions options;

    static readonly string[] Services = ["projects", "indicators", "measurements", "reporting"];
    readonly List<ServiceProcess> processes = [];
    readonly List<TestDatabase> databases = [];
    readonly Dictionary<string, (string Dll, string Url, Dictionary<string, string> Environment)> started = [];

    /// <summary>xUnit builds a fixture through its one public constructor: this one, the plain stack.</summary>
    public Stack() : this(new StackOptions()) { }

    /// <summary>For subclasses that run more (the web app: <c>WebStack</c>).</summary>
    protected Stack(StackOptions options) => this.options = options;

    public string VirtualHost { get; } = "kpi_e2e_" + Guid.NewGuid().ToString("N")[..8];
    public string GatewayUrl { get; private set; } = "";
    public IReadOnlyList<ServiceProcess> Processes => processes;

    /// <summary>The identity service's keys at start: the current one signs, the previous one is still published.</summary>
    public TestSigningKey CurrentKey { get; } = TestSigningKey.Create("e2e-current");
    public TestSigningKey PreviousKey { get; } = TestSigningKey.Create("e2e-previous");

    /// <summary>A machine client (client credentials) with the admin role, for tests that manage users.</summary>
    public const string AdminClientId = "e2e-admin";
    public const string AdminClientSecret = "e2e-admin-secret-0123456789";

    public string IdentityUrl { get; private set; } = "";

    /// <summary>The cluster the services' databases are created on (a subclass may bring its own).</summary>
    protected virtual string PgAdminConnection => TestInfrastructure.PgAdminConnection;

    public virtual async Task InitializeAsync()
    {
        await Rabbit.CreateVirtualHostAsync(VirtualHost);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__MigrateOnStartup"] = "true",
            ["RabbitMq__Host"] = TestInfrastructure.RabbitHost,
            ["RabbitMq__Port"] = TestInfrastructure.RabbitPort.ToString(),
            ["RabbitMq__Username"] = TestInfrastructure.RabbitUser,
            ["RabbitMq__Password"] = TestInfrastructure.RabbitPassword,
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["Outbox__PollInterval"] = "00:00:01",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging__LogLevel__KpiTracker"] = "Debug",
        };
        GatewayUrl = $"http://127.0.0.1:{TestInfrastructure.FreePort()}";
        var gatewayEnvironment = new Dictionary<string, string>(environment)
        {
            ["RateLimits__PermitLimit"] = "100000",
        };
        IdentityUrl = $"http://127.0.0.1:{TestInfrastructure.FreePort()}";
        // What `kpi up` gives every deployable: the public origin is the gateway, the keys are read from identity directly.
        foreach (var env in new[] { environment, gatewayEnvironment })
        {
            env["Jwt__Authority"] = GatewayUrl + "/";
            env["Jwt__MetadataAddress"] = IdentityUrl + "/.well-known/openid-configuration";
        }
        gatewayEnvironment["ReverseProxy__Clusters__identity__Destinations__d1__Address"] = IdentityUrl;
        foreach (var service in Services)
        {
            var database = await TestDatabase.CreateAsync("e2e_" + service, PgAdminConnection);
            databases.Add(database);
            var url = $"http://127.0.0.1:{TestInfrastructure.FreePort()}";
            var env = new Dictionary<string, string>(environment) { ["ConnectionStrings__Db"] = database.ConnectionString };
            Launch(service, url, env);
            gatewayEnvironment[$"ReverseProxy__Clusters__{service}__Destinations__d1__Address"] = url;
        }
        var identityDatabase = await TestDatabase.CreateAsync("e2e_identity", PgAdminConnection);
        databases.Add(identityDatabase);
        Launch("identity", IdentityUrl, IdentityEnvironment(environment, identityDatabase));
        // Imports has no database: it calls the public API through this stack's gateway, with the caller's token.
        var importsUrl = $"http://127.0.0.1:{TestInfrastructure.FreePort()}";
        Launch("imports", importsUrl, new Dictionary<string, string>(environment) { ["Imports__ApiBaseUrl"] = GatewayUrl });
        gatewayEnvironment["ReverseProxy__Clusters__imports__Destinations__d1__Address"] = importsUrl;
        // Never a developer's `kpi up` web on 5100: without a web of its own the route leads nowhere.
        var webUrl = $"http://127.0.0.1:{TestInfrastructure.FreePort()}";
        gatewayEnvironment["ReverseProxy__Clusters__web__Destinations__d1__Address"] = webUrl;
        Launch("gateway", GatewayUrl, gatewayEnvironment);
        if (options.Web)
            Launch("web", webUrl, new Dictionary<string, string>(environment) { ["Gateway__Url"] = GatewayUrl });
        await WaitUntilReadyAsync(processes);
    }

    /// <summary>
    /// A subclass's chance to change one process's settings before it starts (a proxy in front of
    /// its database, a metrics port, an OTLP endpoint).
    /// </summary>
    protected virtual void Configure(string name, Dictionary<string, string> environment) { }

    /// <summary>The database of one service ("projects", …, "identity"), e.g. for a backup.</summary>
    public TestDatabase Database(string service) => service == "identity" ? databases[Services.Length] : databases[Array.IndexOf(Services, service)];

    Dictionary<string, string> IdentityEnvironment(Dictionary<string, string> environment, TestDatabase database)
    {
        var env = new Dictionary<string, string>(environment)
        {
            ["ConnectionStrings__Db"] = database.ConnectionString,
            ["Identity__Issuer"] = GatewayUrl + "/",
            ["Identity__Web__RedirectUris__0"] = GatewayUrl + "/signin-oidc",
            ["Identity__Web__PostLogoutRedirectUris__0"] = GatewayUrl + "/signout-callback-oidc",
            [$"Identity__Clients__{AdminClientId}__Secret"] = AdminClientSecret,
            [$"Identity__Clients__{AdminClientId}__Roles__0"] = KpiClaims.Admin,
            // Every test signs in from 127.0.0.1: the per-address limit must not be what a test meets.
            ["Identity__Login__PerAddressPermitLimit"] = "100000",
            ["Identity__Login__PerAccountPermitLimit"] = "50",
        };
        foreach (var (k, v) in TestSigningKey.Settings("Identity__SigningKeys", CurrentKey, PreviousKey)) env[k] = v;
        foreach (var (k, v) in TestSigningKey.Settings("Identity__EncryptionKeys", TestSigningKey.Create("e2e-encryption"))) env[k] = v;
        return env;
    }

    void Launch(string name, string url, Dictionary<string, string> environment)
    {
        Configure(name, environment);
        started[name] = (Dll(name), url, environment);
        processes.Add(ServiceProcess.Start(name, started[name].Dll, url, environment));
    }

    /// <summary>
    /// Stops one process and starts it again on the same address with its settings changed
    /// (a rotated key, another limit); waits until it is ready.
    /// </summary>
    public async Task RestartAsync(string name, Action<Dictionary<string, string>> change)
    {
        var old = Process(name);
        await old.DisposeAsync();
        processes.Remove(old);
        var (dll, url, environment) = started[name];
        var env = new Dictionary<string, string>(environment);
        change(env);
        started[name] = (dll, url, env);
        var fresh = ServiceProcess.Start(name, dll, url, env);
        processes.Add(fresh);
        await WaitUntilReadyAsync([fresh]);
    }

    /// <summary>
    /// How long the whole stack may take to get ready: KPI_READY_TIMEOUT seconds (as for `kpi up`), else
    /// a generous 240 (on a shared, loaded 2-core machine a first start with migrations can take minutes).
    /// </summary>
    static TimeSpan ReadyTimeout => TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KPI_READY_TIMEOUT"), out var s) && s > 0 ? s : 240);

    /// <summary>SIGKILL of one process: no shutdown, no flush, no goodbye to the broker.</summary>
    public async Task KillAsync(string name) => await Process(name).KillAsync();

    /// <summary>Starts a killed process again, same dll, port and settings, and waits until it is ready.</summary>
    public async Task StartAgainAsync(string name)
    {
        var old = Process(name);
        if (!old.HasExited) throw new InvalidOperationException($"{name} is still running");
        var (dll, url, environment) = started[name];
        var fresh = ServiceProcess.Start(name, dll, url, environment);
        processes[processes.IndexOf(old)] = fresh;
        await old.DisposeAsync();
        await WaitUntilReadyAsync([fresh]);
    }

    /// <summary>Waits until every process answers /health/ready (database and broker reachable).</summary>
    public Task WaitUntilReadyAsync() => WaitUntilReadyAsync(processes);

    static async Task WaitUntilReadyAsync(IEnumerable<ServiceProcess> which)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        foreach (var p in which.ToList())
        {
            while (true)
            {
                if (p.HasExited) throw new InvalidOperationException($"{p.Name} exited during start:\n{p.Tail()}");
                try
                {
                    if ((await http.GetAsync(p.Url + "/health/ready")).StatusCode == HttpStatusCode.OK) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (clock.Elapsed > ReadyTimeout)
                    throw new TimeoutException($"{p.Name} not ready after {ReadyTimeout.TotalSeconds} s (KPI_READY_TIMEOUT):\n{p.Tail()}");
                await Task.Delay(250);
            }
        }
    }

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };
        return client.As(token);
    }

    public HttpClient As(string subject, string role, params string[] departments) =>
        Client(DevelopmentTokens.Mint(subject, [role], departments));

    public ServiceProcess Process(string name) => processes.Single(p => p.Name == name);

    public virtual async Task DisposeAsync()
    {
        foreach (var p in processes) await p.DisposeAsync();
        foreach (var d in databases) await d.DisposeAsync();
        await Rabbit.DeleteVirtualHostAsync(VirtualHost);
    }

    /// <summary>Runs the `kpi` CLI against this stack's gateway; returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunCliAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Dll("cli"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["KPI_URL"] = GatewayUrl;
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout + await stderr);
    }

    public static string Dll(string name)
    {
        // The tests run from tests/KpiTracker.EndToEnd/bin/<Configuration>/net10.0/: the
        // deployables were built with the same configuration beside them.
        var binDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = binDir.Parent!.Name;
        var root = TestInfrastructure.RepositoryRoot;
        var (folder, assembly) = name switch
        {
            "gateway" => ("gateway", "KpiTracker.Gateway"),
            "web" => ("web", "KpiTracker.Web"),
            "cli" => (Path.Combine("tools", "KpiTracker.Cli"), "kpi"),
            _ => (Path.Combine("services", char.ToUpperInvariant(name[0]) + name[1..]), "KpiTracker." + char.ToUpperInvariant(name[0]) + name[1..]),
        };
        var dll = Path.Combine(root, folder, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {assembly} ({configuration}) first", dll);
    }

}
