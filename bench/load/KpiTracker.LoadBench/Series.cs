/// <summary>Latencies of one kind, in milliseconds.</summary>
sealed class Series
{
    readonly List<double> values = [];
    public void Add(double ms) { lock (values) values.Add(ms); }
    public int Count => values.Count;

    public double Pct(double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => values.Count == 0 ? double.NaN : values.Max();
    public double Min => values.Count == 0 ? double.NaN : values.Min();
    public double Mean => values.Count == 0 ? double.NaN : values.Average();
}
