using System.Globalization;
using System.Text.Json;

namespace KpiTracker.Targets;

/// <summary>
/// Reads one JSON object of a reviewed file field by field, remembering the path of each field, so
/// every problem names the file and the field (<c>scoring.weights.output</c>), and refusing fields
/// nobody reads (a misspelt parameter must not silently fall back to a default).
/// </summary>
internal sealed class JsonFields
{
    readonly string file;
    readonly string path;
    readonly JsonElement element;
    readonly List<RulePackProblem> problems;
    readonly HashSet<string> read = new(StringComparer.Ordinal);

    JsonFields(string file, string path, JsonElement element, List<RulePackProblem> problems)
    {
        this.file = file;
        this.path = path;
        this.element = element;
        this.problems = problems;
    }

    /// <summary>The root object, or null (with a problem) when the root is not an object.</summary>
    public static JsonFields? Root(string file, JsonElement root, List<RulePackProblem> problems)
    {
        if (root.ValueKind == JsonValueKind.Object) return new JsonFields(file, "", root, problems);
        problems.Add(new(file, "$", "must be a JSON object."));
        return null;
    }

    public string PathOf(string name) => path.Length == 0 ? name : path + "." + name;

    public void Problem(string name, string message) => problems.Add(new(file, PathOf(name), message));

    public bool Has(string name) => element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    JsonElement? Get(string name, bool optional)
    {
        read.Add(name);
        if (element.TryGetProperty(name, out var v) && (v.ValueKind != JsonValueKind.Null || optional)) return v;
        if (!optional) Problem(name, "is missing.");
        return null;
    }

    public JsonFields? Object(string name)
    {
        if (Get(name, false) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Object) return new JsonFields(file, PathOf(name), v, problems);
        Problem(name, "must be an object.");
        return null;
    }

    public IEnumerable<JsonFields> Objects(string name)
    {
        if (Get(name, false) is not { } v) yield break;
        if (v.ValueKind != JsonValueKind.Array)
        {
            Problem(name, "must be an array.");
            yield break;
        }
        var k = 0;
        foreach (var item in v.EnumerateArray())
        {
            var itemPath = $"{PathOf(name)}[{k++}]";
            if (item.ValueKind == JsonValueKind.Object) yield return new JsonFields(file, itemPath, item, problems);
            else problems.Add(new(file, itemPath, "must be an object."));
        }
    }

    /// <summary>A field that must be written, as a number or as null (an explicit "none").</summary>
    public decimal? NullableDecimal(string name)
    {
        read.Add(name);
        if (!element.TryGetProperty(name, out var v))
        {
            Problem(name, "is missing (write null for none).");
            return null;
        }
        return v.ValueKind == JsonValueKind.Null ? null : AsDecimal(name, v);
    }

    public decimal Decimal(string name, decimal fallback = 0m) =>
        Get(name, false) is { } v ? AsDecimal(name, v) ?? fallback : fallback;

    /// <summary>A number, or null when the field is absent or null.</summary>
    public decimal? OptionalDecimal(string name) =>
        Get(name, true) is { ValueKind: not JsonValueKind.Null } v ? AsDecimal(name, v) : null;

    decimal? AsDecimal(string name, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
        Problem(name, "must be a number.");
        return null;
    }

    public int Int(string name, int fallback = 0)
    {
        if (Get(name, false) is not { } v) return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        Problem(name, "must be a whole number.");
        return fallback;
    }

    public string String(string name)
    {
        if (Get(name, false) is not { } v) return "";
        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString()!.Trim();
        Problem(name, "must be a non-empty text.");
        return "";
    }

    public string? OptionalString(string name)
    {
        if (Get(name, true) is not { ValueKind: not JsonValueKind.Null } v) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        Problem(name, "must be a text.");
        return null;
    }

    public bool Bool(string name, bool fallback = false)
    {
        if (Get(name, true) is not { ValueKind: not JsonValueKind.Null } v) return fallback;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Problem(name, "must be true or false.");
        return fallback;
    }

    /// <summary>One of the codes (or labels) of <typeparamref name="T"/>, or one of the given names.</summary>
    public T Enum<T>(string name, T fallback, params (string Code, T Value)[] names) where T : struct, System.Enum
    {
        if (Get(name, false) is not { } v) return fallback;
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        foreach (var (code, value) in names)
            if (string.Equals(code, text, StringComparison.Ordinal)) return value;
        if (names.Length == 0 && text is not null && Vocabulary.TryParse<T>(text, out var parsed)) return parsed;
        var allowed = names.Length > 0 ? names.Select(n => n.Code) : Vocabulary.Values<T>().Select(x => Vocabulary.Code(x));
        Problem(name, $"must be one of {string.Join(", ", allowed)}.");
        return fallback;
    }

    /// <summary>The raw value of a field, for readers that take any JSON there (a value as number or text).</summary>
    public JsonElement? Raw(string name) => Get(name, true);

    /// <summary>Call when every field has been read: a field nobody read is a mistake in the file.</summary>
    public void NoOthers()
    {
        foreach (var p in element.EnumerateObject())
            if (!read.Contains(p.Name) && !p.Name.StartsWith('$')) Problem(p.Name, "is not a known field here (misspelt?).");
    }

    public static string Number(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
