namespace KpiTracker.Web.Api;

public static class ApiParts
{
    public static string Label(this ApiPart part) => part switch
    {
        ApiPart.Projects => "项目与部门服务",
        ApiPart.Indicators => "绩效指标服务",
        ApiPart.Measurements => "填报服务（实际值、预算执行、预计完成）",
        ApiPart.Reporting => "看板与评价服务",
        ApiPart.Imports => "导入服务",
        ApiPart.Identity => "用户与登录服务",
        _ => "网关",
    };
}
