namespace KpiTracker.Cli.Demo;

public sealed record DemoSpending(string ProjectId, string Period, decimal Amount, string Note);
