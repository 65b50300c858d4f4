namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// A string read from a raw JSON element the caller sent. JSON may escape an unpaired surrogate
/// ("\uD800"); System.Text.Json refuses to make a string of it with an InvalidOperationException,
/// which is the caller's mistake, not a server error: this says null instead.
/// </summary>
public static class JsonText
{
    public static string? Read(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException) when (element.ValueKind == JsonValueKind.String)
        {
            return null;
        }
    }
}
