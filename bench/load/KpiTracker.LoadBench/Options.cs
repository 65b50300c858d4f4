sealed class Options
{
    public string Url { get; set; } = Environment.GetEnvironmentVariable("KPI_URL") ?? "http://127.0.0.1:8080";
    public int[] Concurrency { get; set; } = [8, 16, 32];
    public int Requests { get; set; } = 2000;
    public int Warmup { get; set; } = 200;
    public int Owners { get; set; } = 8;
    public int Samples { get; set; } = 120;
    public int FreshIndicators { get; set; }
    public int PollMs { get; set; } = 5;
    public int SampleTimeoutSeconds { get; set; } = 30;
    public int DrainTimeoutSeconds { get; set; } = 300;
    public bool Quick { get; set; }
    public bool Help { get; set; }

    public const string Usage = """
        dotnet run -c Release --project bench/load/KpiTracker.LoadBench -- [options]
          --url URL              gateway (default $KPI_URL or http://127.0.0.1:8080)
          --concurrency 8,16,32  client counts for the throughput phase, one level each
          --requests N           POSTs per concurrency level (default 2000)
          --warmup N             unrecorded POSTs before the first level (default 200)
          --owners N             owner identities (token subjects) shared by the clients (default 8);
                                 the gateway limits each subject to 2000 requests/s
          --samples N            freshness samples (default 120)
          --fresh-indicators N   indicators of the freshness project (default samples/12 rounded up)
          --poll-ms N            dashboard poll interval in the freshness phase (default 5)
          --sample-timeout S     give up on one freshness sample after S seconds (default 30)
          --quick                smoke run: --concurrency 4 --requests 100 --warmup 10 --samples 12
          --dashboard-scale      instead: a department of --projects N (1000) × 15 indicators, Jan–Nov recorded,
                                 then --reads N (200) dashboard reads while --writes-per-second N (5) values arrive
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        if (args.Contains("--quick"))
        {
            o.Quick = true;
            o.Concurrency = [4];
            o.Requests = 100;
            o.Warmup = 10;
            o.Samples = 12;
        }
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() { var a = args[i]; var v = Next(); return int.TryParse(v, out var n) && n >= 0 ? n : throw new ArgumentException($"{a}: '{v}' is not a count."); }
            switch (args[i])
            {
                case "--quick": break;
                case "-h" or "--help": o.Help = true; break;
                case "--url": o.Url = Next().TrimEnd('/'); break;
                case "--concurrency":
                    o.Concurrency = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(s => int.TryParse(s, out var n) && n > 0 ? n : throw new ArgumentException($"--concurrency: '{s}' is not a count.")).ToArray();
                    break;
                case "--requests": o.Requests = Int(); break;
                case "--warmup": o.Warmup = Int(); break;
                case "--owners": o.Owners = Math.Max(1, Int()); break;
                case "--samples": o.Samples = Int(); break;
                case "--fresh-indicators": o.FreshIndicators = Int(); break;
                case "--poll-ms": o.PollMs = Int(); break;
                case "--sample-timeout": o.SampleTimeoutSeconds = Math.Max(1, Int()); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (o.FreshIndicators <= 0) o.FreshIndicators = Math.Max(1, (o.Samples + 11) / 12);
        if (o.FreshIndicators * 12 < o.Samples) throw new ArgumentException("--fresh-indicators × 12 months must cover --samples.");
        return o;
    }
}
