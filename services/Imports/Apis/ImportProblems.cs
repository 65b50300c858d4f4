using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Imports.Apis;

/// <summary>
/// The problems of an upload, worded in Chinese (the web shows them beside the field, as they come), each
/// naming its field in `errors` like every validation problem of the API.
/// </summary>
public static class ImportProblems
{
    public static ProblemHttpResult Field(int status, string title, string field, string message) =>
        TypedResults.Problem(KpiProblems.Field(status, title, field, message));

    public static ProblemHttpResult Invalid(Validation v) =>
        TypedResults.Problem(KpiProblems.WithErrors(v.Status, v.Status == 400 ? "上传内容不完整或格式不对" : "上传内容无法接受", v));

    public static ProblemHttpResult TooLarge(long limit) =>
        Field(413, "文件过大", "file", $"文件不能超过 {Megabytes(limit)}（{limit} 字节）；请拆分后分批导入。");

    public static ProblemHttpResult NotAForm() =>
        Field(415, "不支持的上传方式", "file", "请以 multipart/form-data 上传，文件放在字段 file 中。");

    public static ProblemHttpResult Unsupported(string why) =>
        Field(415, "不支持的文件", "file", $"文件既不是文本（UTF-8、GB18030、UTF-16），也不是 XLSX 工作簿：请上传预算公开的申报表文本或填好的模板（{why}）。");

    public static ProblemHttpResult Forbidden() => TypedResults.Problem(KpiProblems.Forbidden(
        "只有系统管理员和部门负责人可以导入绩效目标表（Only admins and department managers import goal forms）。"));

    /// <summary>What the planner could not decide, named by the field that would decide it.</summary>
    public static ProblemHttpResult Planning(string field, string english) => Field(422, "无法生成导入计划", field, field switch
    {
        "departmentCode" => "文件中没有部门编码，请填写部门编码（如 18001）。",
        "fiscalYear" => "文件中没有预算年度，请填写年度（如 2021）。",
        "parentCode" => "填写上级部门名称时也请填写上级部门编码。",
        "parentName" => "填写上级部门编码时也请填写上级部门名称。",
        "file" => $"文件中没有可导入的内容：{english}",
        _ => english,
    });

    public static ProblemHttpResult NoGoalForm() => Field(422, "文件中没有绩效目标表", "file",
        "没有找到项目绩效目标申报表或部门整体支出绩效目标申报表：请上传预算公开的申报表文本，或用「下载模板」得到的 XLSX 填写后上传。");

    public static ProblemHttpResult Empty() => Field(422, "文件是空的", "file", "上传的文件没有内容。");

    /// <summary>The API refused the department itself (the import stops there): its status and reason, passed on.</summary>
    public static ProblemHttpResult Refused(HttpContext http, int? status, string reason)
    {
        if (status is null or >= 500 or 429)
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(KpiProblems.Unavailable($"导入未完成：公共接口暂时不可用，请稍后重试（{reason}）。", retryAfterSeconds: 5));
        }
        return TypedResults.Problem(KpiProblems.Make(status is 401 or 403 or 404 or 409 or 422 ? status.Value : 422, "导入被拒绝",
            $"登记部门时公共接口拒绝了导入，未创建任何项目：{reason}"));
    }

    static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
