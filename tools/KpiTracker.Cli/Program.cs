using KpiTracker.Cli;
using KpiTracker.Cli.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await KpiCli.RunAsync(args, CliContext.FromConsole(), cancel.Token);
