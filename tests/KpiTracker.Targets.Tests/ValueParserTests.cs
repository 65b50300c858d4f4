namespace KpiTracker.Targets.Tests;

public class ValueParserTests
{
    private static Target T(string text) => TargetParser.Parse(text).Value!;

    [Theory]
    [InlineData("90分钟", "≤2小时", 1.5)]
    [InlineData("150 分钟", "≤2小时", 2.5)]
    [InlineData("1.5", "≤2小时", 1.5)]
    [InlineData("87800元", "≤8.78万元", 8.78)]
    [InlineData("8.78万元", "≥87800元", 87800)]
    [InlineData("92%", "≥90%", 92)]
    [InlineData("９２％", "≥90%", 92)]
    [InlineData("16人", "≥16", 16)]
    [InlineData("1 批", "2 批", 1)]
    [InlineData("1,296.70万元", "≤1300万元", 1296.70)]
    public void Converts_to_the_target_unit(string value, string target, double expected)
    {
        var result = ValueParser.Parse(value, T(target));

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal((decimal)expected, result.Value.Value);
        Assert.Equal(T(target).Unit, result.Value.Unit);
    }

    [Theory]
    [InlineData("1人", "2 批")]
    [InlineData("3天", "≥1月")]
    [InlineData("92%", "≤2小时")]
    [InlineData("5万元", "8.78")]
    public void Incompatible_units_are_an_error(string value, string target)
    {
        var result = ValueParser.Parse(value, T(target));

        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.IncompatibleUnit, result.Error.Kind);
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("≥95%", ParseErrorKind.UnexpectedText, 0)]
    [InlineData("abc", ParseErrorKind.MissingNumber, 0)]
    [InlineData("12 公斤重", ParseErrorKind.UnexpectedText, 3)]
    [InlineData("**元", ParseErrorKind.UnfilledTemplate, 0)]
    public void Bad_values_are_errors_with_a_position(string value, ParseErrorKind kind, int index)
    {
        var result = ValueParser.Parse(value);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(index, result.Error.Index);
    }
}
