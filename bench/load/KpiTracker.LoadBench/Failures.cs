/// <summary>Answers other than 201, by status (or exception type), with a few bodies to show.</summary>
sealed class Failures
{
    readonly Dictionary<string, int> counts = [];
    readonly Dictionary<string, List<string>> examples = [];

    public void Add(string key, string detail)
    {
        lock (counts)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (!examples.TryGetValue(key, out var list)) examples[key] = list = [];
            if (list.Count < 3) list.Add(detail.Length > 400 ? detail[..400] + "…" : detail);
        }
    }

    public int Total { get { lock (counts) return counts.Values.Sum(); } }
    public string Summary() { lock (counts) return counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(k => k.Key).Select(k => $"{k.Key}×{k.Value}")); }
    public IEnumerable<string> Examples()
    {
        lock (counts)
            foreach (var (key, list) in examples.OrderBy(k => k.Key))
                foreach (var e in list) yield return $"{key}: {e}";
    }
}
