using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Web.Api;

public static class ApiJson
{
    /// <summary>camelCase both ways, as API.md says; numbers stay decimal (money in 万元).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
