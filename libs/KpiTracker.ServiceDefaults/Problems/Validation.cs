namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Collects field errors while a handler checks a request, then becomes one problem naming every
/// field at once, so a caller fixes everything in one round. An error is either malformed (a
/// required field missing, a wrong code: 400) or unprocessable (well-formed text or numbers out of
/// their stated bounds: 422); <see cref="Status"/> is 400 when anything is malformed, else 422.
/// Messages and the number of fields are capped, so no input can make the answer large.
/// </summary>
public sealed class Validation
{
    /// <summary>The largest money amount (万元): numeric(18,4), 14 digits before the point and 4 after.</summary>
    public const decimal MaxMoney = 99_999_999_999_999.9999m;
    public const int MinFiscalYear = 2000;
    public const int MaxFiscalYear = 2100;
    const int MaxFields = 50;
    const int MaxMessage = 500;

    readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);
    int malformed;
    int unlisted;

    public bool IsValid => errors.Count == 0;

    /// <summary>400 when any error is malformed, 422 when all are unprocessable.</summary>
    public int Status => malformed > 0 ? 400 : 422;

    /// <summary>A malformed field (400): missing, of the wrong kind, not a known code.</summary>
    public Validation Add(string field, string message)
    {
        malformed++;
        return Put(field, message);
    }

    /// <summary>A well-formed field whose content cannot be accepted (422): out of range, too long, control characters.</summary>
    public Validation Unprocessable(string field, string message) => Put(field, message);

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

    /// <summary>Length and characters of a text field (<see cref="TextRule"/>); null passes (Required says it).</summary>
    public Validation Text(string field, string? value, TextRule rule)
    {
        if (value is not null && rule.Problem(value) is { } problem) Unprocessable(field, problem);
        return this;
    }

    /// <summary>At most <paramref name="max"/> entries in a list.</summary>
    public Validation Count<T>(string field, IReadOnlyCollection<T>? list, int max)
    {
        if (list is not null && list.Count > max) Unprocessable(field, $"may hold at most {max} entries (this one has {list.Count}).");
        return this;
    }

    /// <summary>Money in 万元: between 0 and <see cref="MaxMoney"/>, at most 4 decimals.</summary>
    public Validation Money(string field, decimal? value)
    {
        if (value is not { } v) return this;
        if (v < 0 || v > MaxMoney) Unprocessable(field, $"must be between 0 and {MaxMoney} (万元, up to 4 decimals).");
        else if (decimal.Round(v, 4) != v) Unprocessable(field, "has more than 4 decimals (money is in 万元 with up to 4 decimals).");
        return this;
    }

    /// <summary>A fiscal year between <see cref="MinFiscalYear"/> and <see cref="MaxFiscalYear"/>.</summary>
    public Validation FiscalYear(string field, int? year)
    {
        if (year is < MinFiscalYear or > MaxFiscalYear) Unprocessable(field, $"must be a year between {MinFiscalYear} and {MaxFiscalYear}.");
        return this;
    }

    public IDictionary<string, string[]> Errors
    {
        get
        {
            var map = errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
            if (unlisted > 0) map["_more"] = [$"{unlisted} more errors are not listed; fix these first."];
            return map;
        }
    }

    Validation Put(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            if (errors.Count >= MaxFields) { unlisted++; return this; }
            errors[field] = list = [];
        }
        if (list.Count >= 5) { unlisted++; return this; }
        list.Add(message.Length > MaxMessage ? message[..MaxMessage] + "…" : message);
        return this;
    }
}
