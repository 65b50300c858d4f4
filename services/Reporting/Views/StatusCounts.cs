namespace KpiTracker.Reporting.Views;

public sealed record StatusCounts(int Met, int Pending, int Missed, int NoData)
{
    public static StatusCounts Of(IEnumerable<Status> statuses)
    {
        int m = 0, p = 0, x = 0, n = 0;
        foreach (var s in statuses)
        {
            switch (s)
            {
                case Status.Met: m++; break;
                case Status.Pending: p++; break;
                case Status.Missed: x++; break;
                default: n++; break;
            }
        }
        return new(m, p, x, n);
    }

    public static StatusCounts operator +(StatusCounts a, StatusCounts b) =>
        new(a.Met + b.Met, a.Pending + b.Pending, a.Missed + b.Missed, a.NoData + b.NoData);
}
