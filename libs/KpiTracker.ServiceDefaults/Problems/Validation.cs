namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Collects field errors while a handler checks a request, then becomes one 400 (or 422)
/// problem naming every field at once, so a caller fixes everything in one round.
/// </summary>
public sealed class Validation
{
    readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public Validation Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public Validation Required(string field, object? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) Add(field, "is required.");
        return this;
    }

    public Validation MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, $"must be at most {max} characters.");
        return this;
    }

    /// <summary>Money in 万元: not negative, at most 4 decimals.</summary>
    public Validation Money(string field, decimal? value)
    {
        if (value is null) return this;
        if (value < 0) Add(field, "must not be negative.");
        if (decimal.Round(value.Value, 4) != value.Value) Add(field, "has more than 4 decimals (money is in 万元 with up to 4 decimals).");
        return this;
    }

    public IDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
