namespace KpiTracker.Projects.Tests;

/// <summary>Request bodies shaped as API.md shows them, from the 2021 seed's first project.</summary>
public static class ProjectRequests
{
    public static object NetworkProject(string departmentCode = "18001", string name = "网络传输建设运行费", string[]? owners = null, string type = "recurring") => new
    {
        departmentCode,
        fiscalYear = 2021,
        name,
        competentDepartment = "区大数据中心",
        executingUnit = "网络技术科",
        leader = new { name = "赵洪艳", phone = "83216113" },
        type,
        rationale = "保障全区电子政务外网正常运行",
        content = "租赁线路，维护设备",
        overallGoal = "保障网络传输稳定运行",
        totalBudget = 542.74m,
        annualBudget = 542.74m,
        funding = new[] { new { source = "generalPublicBudget", amount = 542.74m } },
        expenses = new[] { new { item = "租赁费", amount = 130.0m } },
        ownerIds = owners ?? ["u-zhao"],
    };
}
