namespace KpiTracker.Web.Api.Models;

public sealed record LightCounts(int Green, int Yellow, int Red, int Blue, int Grey)
{
    public int Of(string light) => light switch
    {
        "green" => Green,
        "yellow" => Yellow,
        "red" => Red,
        "blue" => Blue,
        _ => Grey,
    };
}
