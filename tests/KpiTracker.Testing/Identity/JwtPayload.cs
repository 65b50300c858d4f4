using System.Text;
using System.Text.Json;

namespace KpiTracker.Testing.Identity;

/// <summary>A JWT's payload, read without validating it: the services validate; a test looks at what was issued.</summary>
public static class JwtPayload
{
    public static JsonElement Of(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - payload.Length % 4) % 4);
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
    }
}
