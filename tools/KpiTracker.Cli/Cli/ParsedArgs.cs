namespace KpiTracker.Cli.Cli;

/// <summary>
/// The parsed command line: positionals in order, option values by long name (without "--").
/// Repeatable options keep every value; "--role admin,manager" counts as two values.
/// </summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public bool Help { get; internal set; }

    internal void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
        list.Add(value);
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public int? Int(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Value(name);
        if (text is null) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{name} expects a whole number{(min > int.MinValue ? $" from {min}" : "")}{(max < int.MaxValue ? $" to {max}" : "")}, not '{text}'");
        return n;
    }

    public double? Double(string name, double min = double.MinValue)
    {
        var text = Value(name);
        if (text is null) return null;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min)
            throw new UsageException($"--{name} expects a number, not '{text}'");
        return n;
    }
}
