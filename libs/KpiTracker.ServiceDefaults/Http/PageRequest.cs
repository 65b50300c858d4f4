namespace KpiTracker.ServiceDefaults.Http;

/// <summary>The page a caller asked for: page from 1, pageSize default 50, at most 500.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    /// <summary>
    /// Rows before the page. A page far past the end (page=2147483647) must read as an empty page, not
    /// overflow into a negative offset that EF refuses with a 500: the product is taken in 64 bits and
    /// capped at int.MaxValue, which no table here reaches.
    /// </summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);

    public static PageRequest From(int? page, int? pageSize, Validation v)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultSize;
        if (p < 1) v.Add("page", "must be 1 or more.");
        if (s < 1 || s > MaxSize) v.Add("pageSize", $"must be between 1 and {MaxSize}.");
        return new PageRequest(Math.Max(p, 1), Math.Clamp(s, 1, MaxSize));
    }

    /// <summary>This page of an ordered query, and how many rows the whole query holds (the list's total).</summary>
    public async Task<(List<T> Items, int Total)> ReadAsync<T>(IQueryable<T> ordered, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip(Skip).Take(PageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>The list answer (API.md: items, page, pageSize, total) for this page.</summary>
    public PagedList<T> List<T>(IReadOnlyList<T> items, int total) => new(items, Page, PageSize, total);
}
