using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KpiTracker.Abuse;

/// <summary>
/// Issue 9: a %00 in a path was a 400 with an empty body. Kestrel refuses such a request before any
/// middleware runs; the gateway rewrites that answer into a problem, and ordinary answers pass untouched.
/// </summary>
[Collection(AbuseCollection.Name)]
public sealed class EdgeRejectionTests(AbuseFixture fixture)
{
    [Theory]
    [InlineData("/api/departments/%00")]
    [InlineData("/api/projects/%00/x")]
    [InlineData("/%00")]
    public async Task A_nul_in_a_path_is_a_problem_json_400(string path)
    {
        var (status, contentType, body) = await RawAsync($"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(400, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Headers_too_large_are_a_problem_json_431()
    {
        var (status, contentType, _) = await RawAsync($"GET /api/projects HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 40_000)}\r\nConnection: close\r\n\r\n");
        Assert.Equal(431, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task After_a_rejection_the_next_connection_is_answered_normally_and_keep_alive_still_works()
    {
        await RawAsync("GET /api/departments/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Stack.GatewayUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Caller.All[0].Token);
        for (var i = 0; i < 3; i++)
        {
            var unknown = await client.GetAsync($"/api/projects/{Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/departments")).StatusCode);
        }
        var query = await client.GetAsync("/api/projects?q=%00");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Equal("application/problem+json", query.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Sends bytes no HttpClient would send and reads the answer up to the closed connection.</summary>
    async Task<(int Status, string? ContentType, string Body)> RawAsync(string request)
    {
        var uri = new Uri(fixture.Stack.GatewayUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var status = int.Parse(head.Split(' ')[1]);
        var contentType = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Trim();
        return (status, contentType, text[(head.Length + 4)..]);
    }
}
