using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Targets;

namespace KpiTracker.Declarations.Tests;

/// <summary>Templates that give the target in three columns (指标性质 | 指标值 | 度量单位) are joined at import.</summary>
public sealed class ThreeColumnTargetTests
{
    [Fact]
    public void A_target_in_three_columns_is_joined_and_planned_as_people_write_it()
    {
        using var stream = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = xlsx.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var project = XlsxDeclaration.Example().Projects[0];
            var projectRow = XlsxDeclaration.ProjectColumns.Select(c => c switch
            {
                "部门编码" => "18001",
                "部门名称" => "武汉市东西湖区大数据中心",
                "年度" => "2021",
                "项目名称" => project.Name,
                "项目类型" => "常年性",
                "当年预算" => "100",
                "项目总预算" => "100",
                _ => (object?)null,
            }).ToArray();
            XlsxSheetWriter.AddSheet(workbook, sheets, 1, XlsxDeclaration.ProjectsSheet, XlsxDeclaration.ProjectColumns, [projectRow]);
            XlsxSheetWriter.AddSheet(workbook, sheets, 2, XlsxDeclaration.ExpensesSheet, XlsxDeclaration.ExpenseColumns, []);
            string[] header = ["项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "绩效标准"];
            XlsxSheetWriter.AddSheet(workbook, sheets, 3, XlsxDeclaration.IndicatorsSheet, header,
            [
                [project.Name, "产出指标", "时效指标", "故障响应时间", "≤", "2", "小时", "计划标准"],
                [project.Name, "产出指标", "质量指标", "机房正常运行", "大于等于", "90", "%", "计划标准"],
                [project.Name, "产出指标", "成本指标", "运维成本", "", "90", "万元", "计划标准"],
                [project.Name, "效益指标", "社会效益指标", "服务水平", "定性", "有所提升", "", "计划标准"],
                [project.Name, "满意度指标", "服务对象满意度指标", "用户满意度", "正向", "≥95", "%", "计划标准"],
            ]);
            workbook.Workbook.Save();
        }
        stream.Position = 0;

        var doc = XlsxDeclaration.Read(stream);
        var indicators = Assert.Single(doc.Projects).Indicators;

        Assert.Equal(["≤2小时", "≥90%", "90万元", "有所提升", "≥95%"], indicators.Select(i => i.TargetText));
        var plan = ImportPlanner.Plan(doc, "h", new ImportOptions());
        // The services read the text without the indicator's kind: the cost ceiling is spelled out for them.
        Assert.Equal(["≤2小时", "≥90%", "≤90万元", "有所提升", "≥95%"], plan.Projects[0].Indicators.Select(i => i.Body.Target));
    }

    [Theory]
    [InlineData("≥", "90", "%", "≥90%")]
    [InlineData("＞", "5", "%", ">5%")]
    [InlineData(">=", "16", "人", "≥16人")]
    [InlineData("不低于", "16", "人", "≥16人")]
    [InlineData("小于等于", "48", "小时", "≤48小时")]
    [InlineData("反向指标", "10", "%", "≤10%")]
    [InlineData("正向", "2", "批", "≥2批")]
    [InlineData("定量", "100", "%", "100%")]
    [InlineData("定性指标", "效果明显", "", "效果明显")]
    [InlineData(null, "≤2小时", null, "≤2小时")]
    [InlineData("≤", "2小时", "小时", "≤2小时")]
    [InlineData("=", "100", "%", "=100%")]
    [InlineData("≥", "", "%", null)]
    public void Joining_the_columns(string? nature, string value, string? unit, string? expected) =>
        Assert.Equal(expected, TargetColumns.Join(nature, value, unit));
}
