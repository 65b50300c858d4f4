namespace KpiTracker.Targets.Tests;

public class RollupTests
{
    private static PeriodValue V(string period, decimal value) => new(Period.Parse(period), value);

    private static readonly PeriodValue[] Monthly = [V("2021-03", 5m), V("2021-01", 2m), V("2021-02", 8m)];

    [Theory]
    [InlineData(Aggregation.Latest, 5)]
    [InlineData(Aggregation.Sum, 15)]
    [InlineData(Aggregation.Mean, 5)]
    [InlineData(Aggregation.Min, 2)]
    [InlineData(Aggregation.Max, 8)]
    public void Rolls_up_monthly_values(Aggregation aggregation, double expected) =>
        Assert.Equal((decimal)expected, Rollup.Aggregate(aggregation, Monthly));

    [Fact]
    public void Cut_off_ignores_later_periods()
    {
        Assert.Equal(10m, Rollup.Aggregate(Aggregation.Sum, Monthly, upTo: Period.Parse("2021-02")));
        Assert.Equal(8m, Rollup.Aggregate(Aggregation.Latest, Monthly, upTo: Period.Parse("2021-02")));
    }

    [Fact]
    public void Quarters_halves_and_years_roll_up_too()
    {
        Assert.Equal(30m, Rollup.Aggregate(Aggregation.Sum, [V("2021-Q1", 10m), V("2021-Q2", 20m)]));
        Assert.Equal(20m, Rollup.Aggregate(Aggregation.Latest, [V("2021-H2", 20m), V("2021-H1", 10m)]));
        Assert.Equal(7m, Rollup.Aggregate(Aggregation.Mean, [V("2021", 7m)]));
    }

    [Fact]
    public void Nothing_to_roll_up_is_null() => Assert.Null(Rollup.Aggregate(Aggregation.Sum, Array.Empty<PeriodValue>()));

    [Fact]
    public void Overlapping_periods_cannot_be_summed() =>
        Assert.Throws<ArgumentException>(() => Rollup.Aggregate(Aggregation.Sum, [V("2021-Q3", 1m), V("2021-07", 1m)]));
}
