using System.Globalization;
using System.Text.Json.Serialization;

namespace KpiTracker.Indicators.Apis;

/// <summary>
/// Reads a JSON string, or a number as its text: scripts send 8.78 where a form says "8.78".
/// Anything else (an object, true) is still a type error and becomes a 400 naming the field.
/// </summary>
public sealed class TextOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetDecimal(out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : throw new JsonException("The number is out of range."),
        JsonTokenType.Null => null,
        _ => throw new JsonException("Expected text or a number."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
