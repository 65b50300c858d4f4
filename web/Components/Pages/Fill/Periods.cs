namespace KpiTracker.Web.Components.Pages.Fill;

/// <summary>The periods of a fiscal year and which indicators report in each (by their frequency).</summary>
public static class Periods
{
    public static IReadOnlyList<string> Of(int year) =>
    [
        .. Enumerable.Range(1, 12).Select(m => $"{year}-{m:00}"),
        .. Enumerable.Range(1, 4).Select(q => $"{year}-Q{q}"),
        $"{year}-H1", $"{year}-H2", $"{year}",
    ];

    public static string FrequencyOf(string period) => period.Split('-') switch
    {
        [_] => "yearly",
        [_, ['Q', _]] => "quarterly",
        [_, ['H', _]] => "halfYearly",
        _ => "monthly",
    };

    /// <summary>The month a period ends in, the cut-off for its lights.</summary>
    public static int EndMonth(string period) => period.Split('-') switch
    {
        [_] => 12,
        [_, ['Q', var q]] => (q - '0') * 3,
        [_, ['H', var h]] => h == '1' ? 6 : 12,
        [_, var m] => int.Parse(m),
        _ => 12,
    };

    /// <summary>By default the latest month that has passed in the project's year (or December of a past year).</summary>
    public static string Default(int year)
    {
        var today = DateTime.Today;
        if (year < today.Year) return $"{year}-12";
        if (year > today.Year) return $"{year}-01";
        return $"{year}-{Math.Max(1, today.Month - 1):00}";
    }
}
