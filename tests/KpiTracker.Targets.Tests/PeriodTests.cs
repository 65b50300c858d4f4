namespace KpiTracker.Targets.Tests;

public class PeriodTests
{
    [Theory]
    [InlineData("2021", PeriodKind.Year, 1, 12, "2021")]
    [InlineData("2021-H1", PeriodKind.Half, 1, 6, "2021-H1")]
    [InlineData("2021-h2", PeriodKind.Half, 7, 12, "2021-H2")]
    [InlineData("2021-Q3", PeriodKind.Quarter, 7, 9, "2021-Q3")]
    [InlineData("2021-07", PeriodKind.Month, 7, 7, "2021-07")]
    [InlineData(" 2021-7 ", PeriodKind.Month, 7, 7, "2021-07")]
    public void Parses_every_period_kind(string text, PeriodKind kind, int start, int end, string canonical)
    {
        Assert.True(Period.TryParse(text, out var p));
        Assert.Equal(2021, p.Year);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(start, p.StartMonth);
        Assert.Equal(end, p.EndMonth);
        Assert.Equal(canonical, p.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("2021-13")]
    [InlineData("2021-00")]
    [InlineData("2021-Q5")]
    [InlineData("2021-H3")]
    [InlineData("2021-Q")]
    [InlineData("2021/07")]
    [InlineData("2021-07-01")]
    [InlineData("二〇二一")]
    public void Refuses_what_is_not_a_period(string? text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Orders_by_end_month_then_start()
    {
        var sorted = new[] { "2021", "2021-07", "2021-Q3", "2021-H1", "2020-12", "2021-09" }
            .Select(Period.Parse).Order().Select(p => p.ToString()).ToArray();

        Assert.Equal(new[] { "2020-12", "2021-H1", "2021-07", "2021-Q3", "2021-09", "2021" }, sorted);
    }

    [Fact]
    public void Within_fiscal_year()
    {
        Assert.True(Period.Parse("2021-07").IsWithinFiscalYear(2021));
        Assert.False(Period.Parse("2020-12").IsWithinFiscalYear(2021));
    }

    [Theory]
    [InlineData("2021-07", 10, "2021-08-10")]
    [InlineData("2021-Q3", 10, "2021-10-10")]
    [InlineData("2021-H2", 10, "2022-01-10")]
    [InlineData("2021", 15, "2022-01-15")]
    [InlineData("2021-01", 31, "2021-02-28")]
    public void Due_date_is_the_due_day_of_the_next_month(string period, int dueDay, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Period.Parse(period).DueDate(dueDay));

    [Fact]
    public void Due_periods_at_a_date()
    {
        var asOf = new DateOnly(2021, 8, 10);

        Assert.Equal(7, Schedule.DuePeriods(2021, Frequency.Monthly, asOf, RuleSet.Default).Count);
        Assert.Equal(6, Schedule.DuePeriods(2021, Frequency.Monthly, asOf.AddDays(-1), RuleSet.Default).Count);
        Assert.Equal(2, Schedule.DuePeriods(2021, Frequency.Quarterly, asOf, RuleSet.Default).Count);
        Assert.Single(Schedule.DuePeriods(2021, Frequency.HalfYearly, asOf, RuleSet.Default));
        Assert.Empty(Schedule.DuePeriods(2021, Frequency.Yearly, asOf, RuleSet.Default));
        Assert.Equal(6, Schedule.DuePeriods(2021, Frequency.Monthly, asOf, RuleSet.Default with { DueDay = 20 }).Count);
    }

    [Theory]
    [InlineData(7, 7.0 / 12)]
    [InlineData(12, 1.0)]
    [InlineData(0, 0.0)]
    public void Elapsed_fraction_is_m_over_12(int month, double expected) =>
        Assert.Equal(expected, (double)Schedule.ElapsedFraction(month), 10);
}
