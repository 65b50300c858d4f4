namespace KpiTracker.ServiceDefaults.OpenApi;

/// <summary>
/// The summary of every public operation, Chinese first then English, in one table because the
/// public API is one contract (API.md) across the services. A route without a line here shows
/// up in the docs test (every operation must have both languages).
/// </summary>
public static class OperationSummaries
{
    public static readonly IReadOnlyDictionary<string, string> ByRoute = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /api/departments"] = "登记部门 · Register a department",
        ["GET /api/departments"] = "部门列表 · List departments",
        ["GET /api/departments/{code}"] = "查看部门 · Get a department",
        ["POST /api/projects"] = "申报项目 · Declare a project",
        ["GET /api/projects"] = "项目列表 · List projects",
        ["GET /api/projects/{id}"] = "查看项目 · Get a project",
        ["PUT /api/projects/{id}"] = "修改项目 · Revise a project",
        ["DELETE /api/projects/{id}"] = "归档项目 · Archive a project",
        ["POST /api/indicators"] = "设定绩效指标 · Define an indicator",
        ["GET /api/indicators"] = "指标列表 · List indicators",
        ["POST /api/indicators/parse-target"] = "解析指标值 · Parse a target",
        ["GET /api/indicators/{id}"] = "查看指标 · Get an indicator",
        ["PUT /api/indicators/{id}"] = "修改指标 · Revise an indicator",
        ["DELETE /api/indicators/{id}"] = "停用指标 · Retire an indicator",
        ["POST /api/measurements"] = "填报实际值 · Record an actual value",
        ["GET /api/measurements"] = "实际值列表 · List actual values",
        ["POST /api/measurements/batch"] = "批量填报实际值 · Record values in a batch",
        ["GET /api/measurements/{id}"] = "查看实际值 · Get an actual value",
        ["POST /api/measurements/{id}/corrections"] = "更正实际值 · Correct an actual value",
        ["GET /api/measurements/{id}/history"] = "实际值历史 · Versions of an actual value",
        ["POST /api/spending"] = "填报支出 · Record spending",
        ["GET /api/spending"] = "支出列表 · List spending",
        ["GET /api/spending/{id}"] = "查看支出 · Get a spending entry",
        ["POST /api/spending/{id}/corrections"] = "更正支出 · Correct a spending entry",
        ["GET /api/spending/{id}/history"] = "支出历史 · Versions of a spending entry",
        ["POST /api/forecasts"] = "填报年终预计 · Submit a year-end forecast",
        ["GET /api/forecasts"] = "预计列表 · List forecasts",
        ["GET /api/forecasts/{id}"] = "查看预计 · Get a forecast",
        ["GET /api/dashboard"] = "部门看板 · Department dashboard",
        ["GET /api/dashboard/projects/{id}"] = "项目看板 · Project dashboard",
        ["GET /api/monitoring/projects/{id}"] = "绩效运行监控表 · Mid-year monitoring table",
        ["GET /api/evaluations/projects/{id}"] = "项目绩效自评 · Project self-evaluation",
        ["PUT /api/evaluations/projects/{id}/indicators/{indicatorId}"] = "评审指标得分 · Review an indicator's score",
        ["PUT /api/evaluations/projects/{id}/summary"] = "填写自评说明 · Write the evaluation summary",
        ["POST /api/evaluations/projects/{id}/close"] = "关闭年度 · Close the project year",
        ["POST /api/evaluations/projects/{id}/reopen"] = "重新打开年度 · Reopen the project year",
        ["GET /api/evaluations/projects/{id}/audit"] = "自评审计记录 · Evaluation audit trail",
        ["GET /api/evaluations/departments/{code}"] = "部门绩效自评 · Department self-evaluation",
        ["GET /api/evaluations/projects/{id}/export"] = "导出项目自评表 · Export the project's 自评表 (XLSX/CSV)",
        ["GET /api/evaluations/departments/{code}/export"] = "导出部门自评表 · Export the department's 自评表 (XLSX/CSV)",
        ["GET /api/alerts"] = "预警列表 · Alerts: at risk, missed, overdue",
        ["POST /api/admin/rebuild"] = "重建读模型 · Rebuild the read model",
        ["POST /api/admin/reconcile"] = "核对读模型并修复差异 · Reconcile the read model with the owning services",
        ["GET /api/admin/reconcile/{id}"] = "查看核对结果 · Get a reconciliation's outcome",
        ["GET /api/admin/dead-letters"] = "查看被隔离的消息 · List quarantined messages",
        ["POST /api/imports"] = "导入绩效目标表 · Import a goal form",
        ["GET /api/users"] = "用户列表 · List users",
        ["GET /api/users/{id}"] = "查看用户 · Get a user",
        ["POST /api/users"] = "开设用户 · Create a user",
        ["PUT /api/users/{id}"] = "修改用户的姓名、角色与部门 · Change a user's name, roles and departments",
        ["POST /api/users/{id}/disable"] = "停用用户 · Disable a user (revokes their tokens)",
        ["POST /api/users/{id}/enable"] = "启用用户 · Enable a user",
        ["POST /api/users/{id}/unlock"] = "解除锁定 · Unlock a locked-out user",
        ["POST /api/users/{id}/password"] = "重置密码 · Reset a user's password (revokes their tokens)",
    };
}
