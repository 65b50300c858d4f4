namespace KpiTracker.Targets.Tests;

/// <summary>
/// Issue 10's forms of 指标值: a measure word before the unit, a bare trailing 内, the compatibility forms
/// Unicode NFKC folds, a bare amount on a 成本指标, and further forms as they appear in published goal forms
/// (district and provincial 绩效目标申报表 and 自评表, PDF extractions with their Kangxi radicals included).
/// </summary>
public class TargetFormsTests
{
    static Target Parse(string text, TargetContext context = default)
    {
        var result = TargetParser.Parse(text, context);
        Assert.True(result.Success, $"{text}: {result.Error?.Message}");
        return result.Value;
    }

    [Theory]
    // A measure word before the unit.
    [InlineData("5个工作日", ">=", 5, "工作日", true)]
    [InlineData("≤5个工作日", "<=", 5, "工作日", false)]
    [InlineData("3个月", ">=", 3, "个月", true)]
    [InlineData("≤2个小时", "<=", 2, "小时", false)]
    [InlineData("≥2个季度", ">=", 2, "季度", false)]
    [InlineData("≥4个项目", ">=", 4, "项目", false)]
    // A bare trailing 内, as well as 以内 and 之内.
    [InlineData("5个工作日内", "<=", 5, "工作日", false)]
    [InlineData("3个月内", "<=", 3, "个月", false)]
    [InlineData("24小时内", "<=", 24, "小时", false)]
    [InlineData("30日内", "<=", 30, "日", false)]
    [InlineData("15个工作日以内", "<=", 15, "工作日", false)]
    [InlineData("7天之内", "<=", 7, "天", false)]
    [InlineData("3个自然日内", "<=", 3, "天", false)]
    // Compatibility forms NFKC folds: small, full-width, circled, squared, Kangxi radicals from PDF text.
    [InlineData("﹥90%", ">", 90, "%", false)]
    [InlineData("﹤5%", "<", 5, "%", false)]
    [InlineData("﹦100%", "=", 100, "%", false)]
    [InlineData("＞＝９０％", ">=", 90, "%", false)]
    [InlineData("≥⑤次", ">=", 5, "次", false)]
    [InlineData("≥⑩批", ">=", 10, "批", false)]
    [InlineData("≥5000㎡", ">=", 5000, "平方米", false)]
    [InlineData("≥5000m²", ">=", 5000, "平方米", false)]
    [InlineData("≤3㎞", "<=", 3, "公里", false)]
    [InlineData("≥16⼈", ">=", 16, "人", false)]
    [InlineData("≤2⼩时", "<=", 2, "小时", false)]
    [InlineData("每⽉≥1次", ">=", 1, "次", false)]
    [InlineData("≤10⽇", "<=", 10, "日", false)]
    // Further forms of published goal forms.
    [InlineData("不超过3个月", "<=", 3, "个月", false)]
    [InlineData("控制在5%以内", "<=", 5, "%", false)]
    [InlineData("≥1次/年", ">=", 1, "次/年", false)]
    [InlineData("≥2次/季度", ">=", 2, "次/季度", false)]
    [InlineData("≤300元/人", "<=", 300, "元/人", false)]
    [InlineData("≤2000元/人·天", "<=", 2000, "元/人·天", false)]
    [InlineData("≥95分", ">=", 95, "分", false)]
    [InlineData("≥2个百分点", ">=", 2, "百分点", false)]
    [InlineData("提高2个百分点以上", ">=", 2, "百分点", false)]
    [InlineData("≥3个", ">=", 3, "个", false)]
    [InlineData("≥1套", ">=", 1, "套", false)]
    [InlineData("≤1周", "<=", 1, "周", false)]
    [InlineData("≤2个星期", "<=", 2, "周", false)]
    [InlineData("覆盖率≥98%", ">=", 98, "%", false)]
    [InlineData("出勤率在95%以上", ">=", 95, "%", false)]
    [InlineData("办结时间≤3个工作日", "<=", 3, "工作日", false)]
    public void Forms_of_published_goal_forms(string text, string comparator, double value, string unit, bool inferred)
    {
        var t = Parse(text);

        Assert.Equal(comparator, Vocabulary.Code(t.Comparator!.Value));
        Assert.Equal((decimal)value, t.Value);
        Assert.Equal(unit, t.Unit.Symbol);
        Assert.Equal(inferred, t.ComparatorInferred);
        Assert.True(TargetParser.Parse(t.Format()).Value!.SameMeaning(t), t.Format());
    }

    [Theory]
    [InlineData("该年度内")]
    [InlineData("年内完成")]
    [InlineData("按时完成")]
    [InlineData("规定时间内完成")]
    [InlineData("24小时在线")]
    public void Sentences_with_内_stay_qualitative(string text) => Assert.Equal(TargetKind.Qualitative, Parse(text).Kind);

    [Theory]
    [InlineData("90万元", "<=", true)]
    [InlineData("300元/人", "<=", true)]
    [InlineData("≥90万元", ">=", false)]
    [InlineData("100万元以上", ">=", false)]
    [InlineData("95%", ">=", true)]
    [InlineData("2批", ">=", true)]
    public void A_bare_amount_on_a_cost_indicator_means_at_most(string text, string comparator, bool inferred)
    {
        foreach (var context in new[] { new TargetContext(Level1.Cost, Level2.EconomicCost), new TargetContext(Level1.Output, Level2.Cost) })
        {
            var t = Parse(text, context);
            Assert.Equal(comparator, Vocabulary.Code(t.Comparator!.Value));
            Assert.Equal(inferred, t.ComparatorInferred);
        }
        // Anywhere else a bare number is still "reach it".
        var elsewhere = inferred ? ">=" : comparator;
        Assert.Equal(elsewhere, Vocabulary.Code(Parse(text, new TargetContext(Level1.Output, Level2.Quantity)).Comparator!.Value));
        Assert.Equal(elsewhere, Vocabulary.Code(Parse(text).Comparator!.Value));
    }

    [Fact]
    public void Values_read_the_same_forms()
    {
        var target = Parse("≤5个工作日");
        Assert.Equal(4m, ValueParser.Parse("4个工作日", target).Value.Value);
        Assert.Equal(16m, ValueParser.Parse("１６⼈", Parse("≥16人")).Value.Value);
        Assert.Equal(2m, ValueParser.Parse("②批", Parse("2批")).Value.Value);
        Assert.True(Unit.TryParse("㎡", out var squareMetre));
        Assert.Equal("平方米", squareMetre.Symbol);
    }

    [Fact]
    public void Every_compatibility_form_of_a_digit_operator_or_percent_reads_as_its_plain_form()
    {
        // Whatever NFKC folds to one digit, operator or '%' must read as that character does.
        foreach (var code in Enumerable.Range(0xA0, 0xFFEF - 0xA0))
        {
            var c = (char)code;
            if (char.IsSurrogate(c)) continue;
            var folded = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            if (folded == c.ToString() || folded.Length != 1 || "0123456789<>=%".IndexOf(folded[0]) < 0) continue;
            var text = folded[0] is >= '0' and <= '9' ? $"≥{c}人" : folded[0] == '%' ? $"≥90{c}" : $"{c}5次";
            var plain = folded[0] is >= '0' and <= '9' ? $"≥{folded}人" : folded[0] == '%' ? "≥90%" : $"{folded}5次";
            var a = TargetParser.Parse(text);
            var b = TargetParser.Parse(plain);
            Assert.True(a.Success && b.Success && a.Value.SameMeaning(b.Value!), $"U+{code:X4} '{c}' in {text} did not read as {plain}");
        }
    }
}
