using KpiTracker.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.Cli.Tests.Cli;

public sealed class TokenTests
{
    private static async Task<JsonWebToken> Validated(string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentTokens.DevelopmentIssuer,
            ValidAudience = DevelopmentTokens.DevelopmentAudience,
            IssuerSigningKey = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(DevelopmentTokens.DevelopmentKey)),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    [Fact]
    public async Task Default_is_an_admin_for_eight_hours()
    {
        var r = await Kpi.RunAsync(null, "token");
        Assert.Equal(0, r.Code);
        var jwt = await Validated(r.Out.Trim());
        Assert.Equal("u-admin", jwt.Subject);
        Assert.Equal(["admin"], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.DoesNotContain(jwt.Claims, c => c.Type == "dept");
        Assert.InRange((jwt.ValidTo - jwt.IssuedAt).TotalHours, 7.99, 8.01);
    }

    [Fact]
    public async Task Claims_from_the_options()
    {
        var r = await Kpi.RunAsync(null, "token", "--sub", "u-zhao", "--name", "赵洪艳", "--role", "owner", "--role", "manager", "--dept", "18,19", "--hours", "2");
        var jwt = await Validated(r.Out.Trim());
        Assert.Equal("u-zhao", jwt.Subject);
        Assert.Equal("赵洪艳", jwt.GetClaim("name").Value);
        Assert.Equal(["owner", "manager"], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(["18", "19"], jwt.Claims.Where(c => c.Type == "dept").Select(c => c.Value));
        Assert.InRange((jwt.ValidTo - jwt.IssuedAt).TotalHours, 1.99, 2.01);
    }

    [Theory]
    [InlineData("--role", "boss")]
    [InlineData("--hours", "0")]
    [InlineData("--sub", "")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var r = await Kpi.RunAsync(null, "token", option, value);
        Assert.Equal(2, r.Code);
        Assert.Empty(r.Out);
    }
}
