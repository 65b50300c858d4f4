using System.Globalization;

// Load benchmark through the gateway (see ../README.md):
//  setup      a fresh department, two projects (fiscal year 2021) and their monthly indicators;
//  phase 1    C concurrent clients record ONE value per request (POST /api/measurements), every
//             request a new (indicator, month) pair; requests/s, latency p50/p95/p99, non-201s;
//             after each level, how long until Reporting's dashboard holds every recorded value;
//  phase 2    sequentially: record a value, then poll GET /api/dashboard/projects/{id}?asOf=2021-12
//             every few ms until that indicator's trend shows it; p50/p95/max of the delay.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The department-scale dashboard scenario is a program of its own (DashboardScaleBench.cs).
if (args.Contains("--dashboard-scale")) return await DashboardScaleBench.RunAsync(args);

Options o;
try { o = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (o.Help) { Console.WriteLine(Options.Usage); return 0; }

return await new LoadBench(o).RunAsync();
