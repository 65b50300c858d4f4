using System.Text.Json.Nodes;
using KpiTracker.Cli.Auth;
using KpiTracker.Cli.Cli;
using KpiTracker.Cli.Commands;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>`kpi login` keeps the token; later commands use it, renewing it when it expired.</summary>
public sealed class LoginTests : IDisposable
{
    readonly string store = Path.Combine(Path.GetTempPath(), "kpi-tokens-" + Guid.NewGuid().ToString("N") + ".json");
    const string Url = "http://gateway.test";

    static string Jwt(string sub, string name) =>
        "e30." + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($$"""{"sub":"{{sub}}","name":"{{name}}","role":"owner","dept":["18001"]}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_') + ".sig";

    CliContext Context(HttpMessageHandler api, StringWriter o, Dictionary<string, string>? env = null) => new()
    {
        Out = o, Err = new StringWriter(), HttpHandler = api,
        Env = k => k == "KPI_TOKEN_STORE" ? store : k == "KPI_URL" ? Url : env?.GetValueOrDefault(k),
    };

    [Fact]
    public async Task A_password_login_is_kept_and_used_by_the_next_command()
    {
        var forms = new List<string>();
        var api = new TokenApi(Jwt("u-owner-18001", "项目负责人"), forms);
        var o = new StringWriter();
        var code = await KpiCli.RunAsync(["login", "--user", "owner-18001"], Context(api, o, new() { ["KPI_PASSWORD"] = "kpi-demo-2021" }));
        Assert.Equal(0, code);
        Assert.Contains("u-owner-18001", o.ToString());
        Assert.Contains("grant_type=password", forms.Single());
        Assert.Contains("client_id=kpi-cli", forms.Single());
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store));

        var token = Common.TokenOf(ArgParser.Parse([], [Common.Url, Common.Token]), Context(api, new StringWriter()));
        Assert.Equal(Jwt("u-owner-18001", "项目负责人"), token);
    }

    [Fact]
    public async Task An_expired_kept_token_is_renewed_with_its_refresh_token()
    {
        new TokenStore(store).Put(Url, new TokenStore.Entry("old", "refresh-1", DateTimeOffset.UtcNow.AddMinutes(-5), "kpi-cli", "u-x", "x"));
        var forms = new List<string>();
        var api = new TokenApi(Jwt("u-x", "x"), forms);
        var token = Common.TokenOf(ArgParser.Parse([], [Common.Url, Common.Token]), Context(api, new StringWriter()));
        Assert.Equal(Jwt("u-x", "x"), token);
        Assert.Contains("grant_type=refresh_token", forms.Single());
        Assert.Contains("refresh_token=refresh-1", forms.Single());
        Assert.Equal("refresh-2", new TokenStore(store).Get(Url)!.RefreshToken);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_refused_login_is_one_line_and_exit_code_1()
    {
        var api = new Answer(FakeApi.Problem(401, "Sign-in refused", "The user name or password is wrong."));
        var e = new StringWriter();
        var context = new CliContext { Out = new StringWriter(), Err = e, HttpHandler = api, Env = k => k switch { "KPI_TOKEN_STORE" => store, "KPI_PASSWORD" => "x", _ => null } };
        Assert.Equal(1, await KpiCli.RunAsync(["login", "--user", "nobody"], context));
        Assert.Contains("The user name or password is wrong.", e.ToString());
        Assert.False(File.Exists(store));
        Assert.Equal(2, await KpiCli.RunAsync(["login"], context));
    }

    /// <summary>A token endpoint that answers every grant with the given access token and refresh-2.</summary>
    sealed class TokenApi(string accessToken, List<string> forms) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Assert.Equal("/connect/token", request.RequestUri!.AbsolutePath);
            forms.Add(await request.Content!.ReadAsStringAsync(ct));
            return FakeApi.Json(200, new JsonObject { ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 1800, ["refresh_token"] = "refresh-2" });
        }
    }

    sealed class Answer(HttpResponseMessage response) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) => Task.FromResult(response);
    }

    public void Dispose() => File.Delete(store);
}
