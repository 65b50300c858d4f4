using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace KpiTracker.Testing.Identity;

/// <summary>
/// A browser that follows the OIDC authorization code flow with PKCE by hand, as the web app's
/// OIDC handler will: authorize → the sign-in page → the form → back to authorize → the code at
/// the redirect address → the token endpoint with the code verifier. Keeps its cookies, never
/// follows a redirect by itself, so every step can be checked.
/// </summary>
public sealed class OidcBrowser(string origin, string clientId = "kpi-web") : IDisposable
{
    readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(origin),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public string RedirectUri { get; } = origin + "/signin-oidc";
    public string PostLogoutRedirectUri { get; } = origin + "/signout-callback-oidc";
    public HttpClient Http => http;

    public sealed record Tokens(string AccessToken, string IdToken, string RefreshToken);

    /// <summary>GET /connect/authorize with a fresh PKCE pair; returns the response and the verifier.</summary>
    public async Task<(HttpResponseMessage Response, string Verifier, string State)> AuthorizeAsync(bool withPkce = true, string scope = "openid profile roles offline_access")
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var state = Guid.NewGuid().ToString("N");
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["scope"] = scope, ["state"] = state,
        };
        if (withPkce)
        {
            query["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            query["code_challenge_method"] = "S256";
        }
        return (await http.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", query)), verifier, state);
    }

    /// <summary>The whole flow for one user; asserts every step went where it should.</summary>
    public async Task<Tokens> SignInAsync(string userName, string password)
    {
        var (authorize, verifier, state) = await AuthorizeAsync();
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginUrl = authorize.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/login", loginUrl);
        var callback = await SubmitLoginAsync(loginUrl, userName, password);
        return await RedeemAsync(callback, verifier, state);
    }

    /// <summary>Fills the sign-in page's form; returns the redirect address with the code.</summary>
    public async Task<Uri> SubmitLoginAsync(string loginUrl, string userName, string password)
    {
        var page = await http.GetStringAsync(loginUrl);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["returnUrl"] = Hidden(page, "returnUrl"),
            ["userName"] = userName,
            ["password"] = password,
        };
        var posted = await http.PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        var back = await http.GetAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!;
    }

    public async Task<Tokens> RedeemAsync(Uri callback, string verifier, string state)
    {
        Assert.StartsWith(RedirectUri, callback.ToString());
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());
        var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["code"] = query["code"].ToString(),
            ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
        }));
        Assert.True(token.IsSuccessStatusCode, $"token endpoint answered {(int)token.StatusCode}: {await token.Content.ReadAsStringAsync()}");
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        return new Tokens(body.GetProperty("access_token").GetString()!, body.GetProperty("id_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["refresh_token"] = refreshToken,
        }));

    public Task<HttpResponseMessage> EndSessionAsync(string idToken) =>
        http.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = idToken, ["post_logout_redirect_uri"] = PostLogoutRedirectUri, ["client_id"] = clientId,
        }));

    static string Hidden(string html, string name)
    {
        var start = html.IndexOf($"name=\"{name}\" value=\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no hidden field {name} in the sign-in page:\n{html}");
        start += $"name=\"{name}\" value=\"".Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => http.Dispose();
}
