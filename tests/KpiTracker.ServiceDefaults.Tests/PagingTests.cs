using CsCheck;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// Any page a caller may ask for reads as an offset the database accepts: the query fuzz found
/// page=2147483647 on /api/forecasts overflowing (page − 1) × pageSize into a negative offset (a 500).
/// </summary>
public sealed class PagingTests
{
    [Fact]
    public void Every_accepted_page_gives_an_offset_that_is_never_negative_and_never_moves_back()
    {
        Gen.Select(Gen.Int[1, int.MaxValue], Gen.Int[1, PageRequest.MaxSize]).Sample((page, size) =>
        {
            var v = new Validation();
            var here = PageRequest.From(page, size, v);
            Assert.True(v.IsValid);
            Assert.True(here.Skip >= 0, $"page {page} × {size} gave offset {here.Skip}");
            if (page > 1) Assert.True(PageRequest.From(page - 1, size, new Validation()).Skip <= here.Skip);
        });
    }

    [Fact]
    public void The_last_representable_page_is_far_past_any_table()
    {
        var last = PageRequest.From(int.MaxValue, PageRequest.MaxSize, new Validation());
        Assert.Equal(int.MaxValue, last.Skip);
        Assert.Equal(0, PageRequest.From(1, 50, new Validation()).Skip);
        Assert.Equal(100, PageRequest.From(3, 50, new Validation()).Skip);
    }
}
