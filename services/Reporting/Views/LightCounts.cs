namespace KpiTracker.Reporting.Views;

public sealed record LightCounts(int Green, int Yellow, int Red, int Blue, int Grey)
{
    public static LightCounts Of(IEnumerable<Light> lights)
    {
        int g = 0, y = 0, r = 0, b = 0, n = 0;
        foreach (var l in lights)
        {
            switch (l)
            {
                case Light.Green: g++; break;
                case Light.Yellow: y++; break;
                case Light.Red: r++; break;
                case Light.Blue: b++; break;
                default: n++; break;
            }
        }
        return new(g, y, r, b, n);
    }

    public static LightCounts operator +(LightCounts a, LightCounts b) =>
        new(a.Green + b.Green, a.Yellow + b.Yellow, a.Red + b.Red, a.Blue + b.Blue, a.Grey + b.Grey);
}
