using KpiTracker.Declarations;
using KpiTracker.ServiceDefaults.Problems;

namespace KpiTracker.Imports.Apis;

/// <summary>
/// The upload's fields read and checked: the file, the options `kpi import` takes as flags, and whether to
/// run. Wrong kinds (a year that is no number, a flag that is no boolean, no file) are 400, bounds 422,
/// each named by its field with a Chinese message, since the web shows them beside the field.
/// </summary>
public sealed record ImportForm(IFormFile File, ImportOptions Options, bool DryRun)
{
    const int MaxOwners = 50;

    public static ImportForm? Read(IFormCollection form, Validation v)
    {
        var file = form.Files.GetFile("file");
        if (file is null) v.Add("file", "请选择要导入的文件（申报表文本或填好的 XLSX 模板）。");
        var departmentCode = Text(form, "departmentCode", TextRule.Code, v);
        var parentCode = Text(form, "parentCode", TextRule.Code, v);
        var parentName = Text(form, "parentName", TextRule.Name, v);
        int? year = null;
        if (Text(form, "fiscalYear", TextRule.Code, v) is { } y)
        {
            if (!int.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                v.Add("fiscalYear", $"年度应为四位数字（如 2021），收到 {Echo.Quote(y)}。");
            else if (n is < Validation.MinFiscalYear or > Validation.MaxFiscalYear)
                v.Unprocessable("fiscalYear", $"年度应在 {Validation.MinFiscalYear}–{Validation.MaxFiscalYear} 之间，收到 {n}。");
            else year = n;
        }
        var owners = form["owners"].Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim()).Distinct().ToList();
        if (owners.Count > MaxOwners) v.Unprocessable("owners", $"项目负责人最多 {MaxOwners} 个，收到 {owners.Count} 个。");
        foreach (var owner in owners)
            if (TextRule.Name.Problem(owner) is { } why) v.Unprocessable("owners", $"项目负责人 {Echo.Quote(owner)} {why}");
        var departmentGoals = Flag(form, "departmentGoals", true, v);
        var dryRun = Flag(form, "dryRun", true, v);
        if (!v.IsValid) return null;
        return new ImportForm(file!, new ImportOptions
        {
            DepartmentCode = departmentCode, ParentCode = parentCode, ParentName = parentName, FiscalYear = year,
            Owners = owners, DepartmentGoals = departmentGoals,
        }, dryRun);
    }

    /// <summary>A one-value text field, trimmed; empty is absent (an empty form input).</summary>
    static string? Text(IFormCollection form, string field, TextRule rule, Validation v)
    {
        var values = form[field];
        if (values.Count > 1) v.Add(field, "只能填写一个值。");
        var text = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (rule.Problem(text) is { } why) v.Unprocessable(field, why);
        return text;
    }

    /// <summary>true/false (also on/off, 1/0, as HTML checkboxes and scripts send them).</summary>
    static bool Flag(IFormCollection form, string field, bool absent, Validation v)
    {
        var text = form[field].FirstOrDefault()?.Trim().ToLowerInvariant();
        switch (text)
        {
            case null or "": return absent;
            case "true" or "on" or "1": return true;
            case "false" or "off" or "0": return false;
            default:
                v.Add(field, $"应为 true 或 false，收到 {Echo.Quote(text)}。");
                return absent;
        }
    }
}
