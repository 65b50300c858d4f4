namespace KpiTracker.Web.Api.Models;

public sealed record StatusCounts(int Met, int Pending, int Missed, int NoData)
{
    public int Of(string status) => status switch
    {
        "met" => Met,
        "pending" => Pending,
        "missed" => Missed,
        _ => NoData,
    };
}
