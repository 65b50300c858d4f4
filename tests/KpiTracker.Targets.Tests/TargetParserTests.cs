namespace KpiTracker.Targets.Tests;

public class TargetParserTests
{
    [Theory]
    [InlineData("≥ 95%", ">=", 95)]
    [InlineData("＞5％", ">", 5)]
    [InlineData("＜5％", "<", 5)]
    [InlineData("≧90%", ">=", 90)]
    [InlineData("≦2小时", "<=", 2)]
    [InlineData(">=90%", ">=", 90)]
    [InlineData("<= 90%", "<=", 90)]
    [InlineData("> = 90%", ">=", 90)]
    [InlineData("=100%", "=", 100)]
    [InlineData("＝100%", "=", 100)]
    [InlineData("≥１００%", ">=", 100)]
    [InlineData("不低于90%", ">=", 90)]
    [InlineData("不少于16人", ">=", 16)]
    [InlineData("至少2次", ">=", 2)]
    [InlineData("达到95%", ">=", 95)]
    [InlineData("95%以上", ">=", 95)]
    [InlineData("95%及以上", ">=", 95)]
    [InlineData("不高于5%", "<=", 5)]
    [InlineData("不超过90万元", "<=", 90)]
    [InlineData("不多于3次", "<=", 3)]
    [InlineData("2小时以内", "<=", 2)]
    [InlineData("5%以下", "<=", 5)]
    [InlineData("≥95%以上", ">=", 95)]
    [InlineData("1 00%", ">=", 100)]
    [InlineData("≥1,296.70万元", ">=", 1296.70)]
    [InlineData("≥-5%", ">=", -5)]
    public void Operators_and_spellings(string text, string comparator, double value)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(comparator, Vocabulary.Code(result.Value.Comparator!.Value));
        Assert.Equal((decimal)value, result.Value.Value);
    }

    [Theory]
    [InlineData("≥90%", "higherIsBetter")]
    [InlineData(">5%", "higherIsBetter")]
    [InlineData("≤2小时", "lowerIsBetter")]
    [InlineData("<3次", "lowerIsBetter")]
    [InlineData("=100%", "equal")]
    [InlineData("100%", "higherIsBetter")]
    public void Direction_follows_the_comparator(string text, string direction) =>
        Assert.Equal(direction, Vocabulary.Code(TargetParser.Parse(text).Value!.Direction!.Value));

    [Theory]
    [InlineData("≤90万元", "万元", "money")]
    [InlineData("≤90 万元", "万元", "money")]
    [InlineData("≥3亿元", "亿元", "money")]
    [InlineData("≤500元/人·月", "元/人·月", "compound")]
    [InlineData("≤500元/人•月", "元/人·月", "compound")]
    [InlineData("≥2 工作日", "工作日", "duration")]
    [InlineData("≥90百分比", "%", "percent")]
    [InlineData("≥3辆", "辆", "count")]
    public void Units_are_recognised(string text, string unit, string dimension)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(unit, result.Value.Unit.Symbol);
        Assert.Equal(dimension, result.Value.Unit.Dimension.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("", "Empty", 0)]
    [InlineData("   ", "Empty", 0)]
    [InlineData("≥**万元", "UnfilledTemplate", 1)]
    [InlineData("**元/人·月", "UnfilledTemplate", 0)]
    [InlineData("≥abc", "MissingNumber", 1)]
    [InlineData("≥", "MissingNumber", 1)]
    [InlineData("满意度≥ 较高", "MissingNumber", 5)]
    [InlineData("≥≤5", "TwoOperators", 1)]
    [InlineData("≥90%≤95%", "TwoOperators", 4)]
    [InlineData("不低于≥90%", "TwoOperators", 3)]
    [InlineData("≤5%以上", "ConflictingOperators", 2)]
    [InlineData("≥5 公斤重", "UnexpectedText", 3)]
    [InlineData("≥1.2.3", "UnexpectedText", 4)]
    [InlineData("1.2.3", "UnexpectedText", 3)]
    [InlineData("%%", "NotATarget", 0)]
    [InlineData("……", "NotATarget", 0)]
    [InlineData("≥99999999999999999999999999999999", "NumberTooLarge", 1)]
    public void Nonsense_is_an_error_that_says_what_and_where(string text, string kind, int index)
    {
        var result = TargetParser.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Error.Kind.ToString());
        Assert.Equal(index, result.Error.Index);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Fact]
    public void Null_is_an_error_not_an_exception() => Assert.Equal(ParseErrorKind.Empty, TargetParser.Parse(null).Error!.Kind);

    [Fact]
    public void Error_message_points_at_the_character_the_user_typed()
    {
        var error = TargetParser.Parse("满意度 ≥ abc").Error!;

        Assert.Equal(6, error.Index);
        Assert.Contains("character 7", error.Message);
    }

    [Fact]
    public void Word_operator_without_a_number_is_a_sentence_to_judge() =>
        Assert.Equal(TargetKind.Qualitative, TargetParser.Parse("不低于去年水平").Value!.Kind);

    [Theory]
    [InlineData("满意度>90", "满意度>90")]
    [InlineData("应急事件处理 ≤ 15 分钟", "应急事件处理≤15分钟")]
    [InlineData("100%", "100%")]
    [InlineData("不少于 16 人", "≥16人")]
    [InlineData("95%以上", "≥95%")]
    [InlineData(" 有所提升 ", "有所提升")]
    public void Format_is_canonical(string text, string canonical) =>
        Assert.Equal(canonical, TargetParser.Parse(text).Value!.Format());
}
