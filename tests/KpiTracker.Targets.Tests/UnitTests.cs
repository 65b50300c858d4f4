namespace KpiTracker.Targets.Tests;

public class UnitTests
{
    private static Unit U(string text) => Unit.TryParse(text, out var u) ? u : throw new InvalidOperationException(text);

    [Theory]
    [InlineData(90, "分钟", "小时", 1.5)]
    [InlineData(2, "小时", "分钟", 120)]
    [InlineData(1, "天", "小时", 24)]
    [InlineData(1, "日", "天", 1)]
    [InlineData(2, "周", "天", 14)]
    [InlineData(8.78, "万元", "元", 87800)]
    [InlineData(1, "亿元", "万元", 10000)]
    [InlineData(1, "年", "月", 12)]
    [InlineData(50, "百分比", "%", 50)]
    [InlineData(2, "万人次", "人次", 20000)]
    public void Converts_inside_a_group(double value, string from, string to, double expected)
    {
        var error = UnitConversion.TryConvert((decimal)value, U(from), U(to), out var result);

        Assert.Equal(ConversionError.None, error);
        Assert.Equal((decimal)expected, result);
    }

    [Theory]
    [InlineData("批", "人", ConversionError.Incompatible)]
    [InlineData("小时", "%", ConversionError.Incompatible)]
    [InlineData("元", "次", ConversionError.Incompatible)]
    [InlineData("天", "月", ConversionError.NotExact)]
    [InlineData("工作日", "天", ConversionError.NotExact)]
    [InlineData("元/人·月", "元/人", ConversionError.Incompatible)]
    [InlineData("万元", "", ConversionError.AmbiguousScale)]
    [InlineData("小时", "", ConversionError.AmbiguousScale)]
    public void Refuses_across_dimensions_and_inexact_durations(string from, string to, ConversionError expected)
    {
        var error = UnitConversion.TryConvert(1m, U(from), U(to), out _);

        Assert.Equal(expected, error);
        Assert.NotEmpty(UnitConversion.Describe(error, U(from), U(to)));
    }

    [Theory]
    [InlineData("", "人")]
    [InlineData("", "小时")]
    [InlineData("人", "")]
    [InlineData("%", "")]
    public void A_bare_number_is_compatible_with_counts_and_the_target_unit(string from, string to)
    {
        var error = UnitConversion.TryConvert(16m, U(from), U(to), out var result);

        Assert.Equal(ConversionError.None, error);
        Assert.Equal(16m, result);
    }

    [Fact]
    public void Compound_units_scale_their_numerator()
    {
        Assert.Equal(ConversionError.None, UnitConversion.TryConvert(1m, U("万元/人·月"), U("元/人·月"), out var r));
        Assert.Equal(10000m, r);
    }
}
