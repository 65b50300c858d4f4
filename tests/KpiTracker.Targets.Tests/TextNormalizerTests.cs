namespace KpiTracker.Targets.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("≤2 小时", "≤2小时")]
    [InlineData("应急事件处理 ≤ 15 分钟", "应急事件处理≤15分钟")]
    [InlineData("社会效益指 标", "社会效益指标")]
    [InlineData("542. 74", "542.74")]
    [InlineData("≥ 16", "≥16")]
    [InlineData("Windows Server 2019 升级", "Windows Server 2019升级")]
    [InlineData("  2 批 ", "2批")]
    [InlineData("$\\geq 8\\%$", "≥8%")]
    [InlineData("社会平均成本相比较 $\\geq 8\\%$", "社会平均成本相比较≥8%")]
    public void Cell(string input, string expected) => Assert.Equal(expected, TextNormalizer.Cell(input));

    [Theory]
    [InlineData("1,296.70", "1296.70")]
    [InlineData("542. 74", "542.74")]
    [InlineData("130.0000", "130.0000")]
    [InlineData("20万元", "20")]
    [InlineData("0", "0")]
    public void Money(string input, string expected)
    {
        var m = TextNormalizer.Money(input, out var ok);
        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), m);
        Assert.Equal(expected, m!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)); // scale kept
    }

    [Theory]
    [InlineData("")]
    [InlineData("－")]
    [InlineData(" ")]
    public void Money_absent(string input)
    {
        Assert.Null(TextNormalizer.Money(input, out var ok));
        Assert.True(ok);
    }

    [Theory]
    [InlineData("二十")]
    [InlineData("12x")]
    public void Money_not_a_number(string input)
    {
        Assert.Null(TextNormalizer.Money(input, out var ok));
        Assert.False(ok);
    }

    [Fact]
    public void Garbled()
    {
        Assert.True(TextNormalizer.LooksGarbled("é¡¹ç›®å\u0090\u008dç§°"));
        Assert.False(TextNormalizer.LooksGarbled("项目名称\t网络传输建设运行费"));
        Assert.False(TextNormalizer.LooksGarbled("≤500元/人·次 × 2"));
    }
}
