using System.Text;

namespace KpiTracker.Declarations.Tests;

/// <summary>Cut and damaged copies of seed 000: problems carry line numbers, and no half project is complete.</summary>
public sealed class DamagedTextTests
{
    private static readonly string[] Lines = SeedFiles.Lines(SeedFiles.Wuhan2021);
    private static readonly Declaration Full = DeclarationTextParser.Parse(string.Join('\n', Lines));

    private static string FirstLines(int count) => string.Join('\n', Lines.Take(count)) + "\n";

    [Fact]
    public void Cut_in_the_funding_rows_of_the_second_form()
    {
        var d = DeclarationTextParser.Parse(FirstLines(440)); // ends at "公共预算财政拨款 28.78" of 区“民呼我应”平台项目

        Assert.Equal(2, d.Projects.Count);
        Assert.True(d.Projects[0].IsComplete);
        var cut = d.Projects[1];
        Assert.Equal("区“民呼我应”平台项目", cut.Name);
        Assert.False(cut.IsComplete);
        Assert.Empty(cut.Indicators);
        Assert.Contains(cut.Problems, p => p.Severity == ProblemSeverity.Error && p.Line == 440 && p.Message.Contains("indicator table", StringComparison.Ordinal));
        Assert.Contains(d.Problems, p => p.Line == 440);
        Assert.Null(d.DepartmentGoals);
        Assert.Equal("武汉市东西湖区大数据中心", d.DepartmentName);
    }

    [Fact]
    public void Cut_in_the_indicator_table_of_the_last_form()
    {
        var d = DeclarationTextParser.Parse(FirstLines(578)); // 坐席服务外包: output rows only

        Assert.Equal(5, d.Projects.Count);
        Assert.All(d.Projects.Take(4), p => Assert.True(p.IsComplete));
        var cut = d.Projects[4];
        Assert.False(cut.IsComplete);
        Assert.Equal(6, cut.Indicators.Count); // what is there is still shown, for the report
        Assert.Contains(cut.Problems, p => p.Severity == ProblemSeverity.Error && p.Line == 578 && p.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Cut_in_the_middle_of_a_line()
    {
        var text = FirstLines(575) + Lines[575][..6]; // line 576 cut after "\t\t时效指标" began
        var d = DeclarationTextParser.Parse(text);
        Assert.False(d.Projects[4].IsComplete);
        Assert.Contains(d.Projects[4].Problems, p => p.Line == 576 && p.Severity == ProblemSeverity.Error);
    }

    /// <summary>
    /// Cut inside the last row's first cell ("满意" of 满意度指标): no tab is left on the line, so it reads as
    /// untabbed text after the table; as the text's last line it is a cut row, and the form is not whole.
    /// </summary>
    [Fact]
    public void Cut_inside_the_first_cell_of_the_last_row()
    {
        var text = FirstLines(418) + Lines[418][..2]; // line 419 "满意度 | 服务对象满意度指标 | …" cut after "满意"
        var d = DeclarationTextParser.Parse(text);
        var network = Assert.Single(d.Projects);
        Assert.False(network.IsComplete);
        Assert.Contains(network.Problems, p => p.Line == 419 && p.Severity == ProblemSeverity.Error && p.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Cut_in_the_header_of_a_form()
    {
        var d = DeclarationTextParser.Parse(FirstLines(472)); // 办公后勤保障经费: name, units, leader only
        var cut = d.Projects[2];
        Assert.Equal("办公后勤保障经费", cut.Name);
        Assert.Null(cut.AnnualBudget);
        Assert.False(cut.IsComplete);
        Assert.Contains(cut.Problems, p => p.Message.Contains("annual budget", StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void Cut_in_the_department_form()
    {
        var d = DeclarationTextParser.Parse(FirstLines(640));
        Assert.Equal(5, d.Projects.Count);
        Assert.All(d.Projects, p => Assert.True(p.IsComplete));
        Assert.Contains(d.Problems, p => p.Line == 640 && p.Severity == ProblemSeverity.Error && p.Message.Contains("长期目标 3", StringComparison.Ordinal));
    }

    private static string Mojibake(string s) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void Garbled_name_rows_make_that_form_incomplete_not_another()
    {
        var lines = Lines.ToArray();
        for (int i = 469; i <= 475; i++) // 项目名称 … 项目主要内容 of 办公后勤保障经费
        {
            lines[i] = Mojibake(lines[i]);
        }

        var d = DeclarationTextParser.Parse(string.Join('\n', lines));

        Assert.Equal(5, d.Projects.Count);
        var broken = d.Projects[2];
        Assert.Null(broken.Name);
        Assert.False(broken.IsComplete);
        Assert.Contains(broken.Problems, p => p.Line == 470 && p.Message.Contains("garbled", StringComparison.Ordinal));
        Assert.Equal(Full.Projects[2].Indicators.Count, broken.Indicators.Count);

        // the neighbours are untouched
        foreach (var k in new[] { 0, 1, 3, 4 })
        {
            Assert.True(d.Projects[k].IsComplete);
            Assert.Equal(Rows.Of(Full.Projects[k].Indicators), Rows.Of(d.Projects[k].Indicators));
        }
    }

    [Fact]
    public void Garbled_title_and_name_rows_do_not_give_the_rows_to_the_form_above()
    {
        var lines = Lines.ToArray();
        for (int i = 461; i <= 475; i++) // the whole head of 办公后勤保障经费, its title included
        {
            lines[i] = Mojibake(lines[i]);
        }

        var d = DeclarationTextParser.Parse(string.Join('\n', lines));

        var above = d.Projects[1];
        Assert.Equal("区“民呼我应”平台项目", above.Name);
        Assert.Equal(Rows.Of(Full.Projects[1].Indicators), Rows.Of(above.Indicators)); // nothing of the next form was added
        Assert.False(above.IsComplete); // its end cannot be told from the garbled form's start
        Assert.DoesNotContain(d.Projects, p => p.IsComplete && p.Name is null);
    }

    [Fact]
    public void Unreadable_annual_budget()
    {
        var lines = Lines.ToArray();
        lines[475] = "项目总预算\t20\t项目当年预算\t二十?";
        var d = DeclarationTextParser.Parse(string.Join('\n', lines));
        var p = d.Projects[2];
        Assert.Null(p.AnnualBudget);
        Assert.False(p.IsComplete);
        Assert.Contains(p.Problems, x => x.Line == 476 && x.Severity == ProblemSeverity.Error && x.Message.Contains("二十?", StringComparison.Ordinal));
        Assert.Equal(4, d.Projects.Count(x => x.IsComplete));
    }

    [Fact]
    public void Unreadable_expense_amount()
    {
        var lines = Lines.ToArray();
        lines[398] = "\t\t委托业务费\t129.9x00";
        var p = DeclarationTextParser.Parse(string.Join('\n', lines)).Projects[0];
        Assert.False(p.IsComplete);
        Assert.Contains(p.Problems, x => x.Line == 399 && x.Severity == ProblemSeverity.Error);
        Assert.Equal(2, p.Expenses.Count);
    }

    [Fact]
    public void Wholly_garbled_file()
    {
        var d = DeclarationTextParser.Parse(Mojibake(string.Join('\n', Lines)));
        Assert.Empty(d.Projects);
        Assert.Null(d.DepartmentGoals);
        Assert.Null(d.DepartmentName);
        Assert.Contains(d.Problems, p => p.Line == 0 && p.Severity == ProblemSeverity.Error);
        Assert.Contains(d.Problems, p => p.Line > 0 && p.Message.Contains("garbled", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_noise_and_empty_text()
    {
        var rnd = new Random(7);
        var noise = new string(Enumerable.Range(0, 5000).Select(_ => (char)rnd.Next(0, 0x3000)).ToArray());
        var d = DeclarationTextParser.Parse(noise);
        Assert.Empty(d.Projects);
        Assert.True(d.HasErrors);

        var empty = DeclarationTextParser.Parse("");
        Assert.Empty(empty.Projects);
        Assert.Contains(empty.Problems, p => p.Line == 0);
        Assert.NotNull(DeclarationTextParser.Parse(null));
    }
}
