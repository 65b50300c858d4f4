namespace KpiTracker.Targets;

/// <summary>Rolls period values up into the year's actual (latest, sum, mean, min, max).</summary>
public static class Rollup
{
    /// <summary>
    /// Null when there is nothing to roll up. Only periods ending by <paramref name="upTo"/> count
    /// (the monitoring cut-off). Sum and mean refuse overlapping periods (a quarter and one of its
    /// months) because they would count a month twice: that is a caller bug, so it throws
    /// <see cref="ArgumentException"/>. Latest takes the value of the latest period. A sum beyond
    /// decimal's range saturates (<see cref="Saturating"/>) rather than throwing.
    /// </summary>
    public static decimal? Aggregate(Aggregation aggregation, ReadOnlySpan<PeriodValue> values, Period? upTo = null)
    {
        var count = 0;
        decimal sum = 0m, min = decimal.MaxValue, max = decimal.MinValue, latestValue = 0m;
        Period latest = default;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (upTo is { } limit && !v.Period.EndsBy(limit)) continue;
            if (aggregation is Aggregation.Sum or Aggregation.Mean) EnsureNoOverlap(values, i, upTo);
            count++;
            sum = Saturating.Add(sum, v.Value);
            min = Math.Min(min, v.Value);
            max = Math.Max(max, v.Value);
            if (count == 1 || v.Period > latest)
            {
                latest = v.Period;
                latestValue = v.Value;
            }
        }
        if (count == 0) return null;
        return aggregation switch
        {
            Aggregation.Latest => latestValue,
            Aggregation.Sum => sum,
            Aggregation.Mean => sum / count,
            Aggregation.Min => min,
            _ => max,
        };
    }

    public static decimal? Aggregate(Aggregation aggregation, IEnumerable<PeriodValue> values, Period? upTo = null) =>
        Aggregate(aggregation, values.ToArray().AsSpan(), upTo);

    private static void EnsureNoOverlap(ReadOnlySpan<PeriodValue> values, int i, Period? upTo)
    {
        for (var j = 0; j < i; j++)
        {
            if (upTo is { } limit && !values[j].Period.EndsBy(limit)) continue;
            if (values[j].Period.Overlaps(values[i].Period))
                throw new ArgumentException($"Periods {values[j].Period} and {values[i].Period} overlap; pass one frequency.", nameof(values));
        }
    }
}
