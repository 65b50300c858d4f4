namespace KpiTracker.Cli.Cli;

/// <summary>One option a command accepts. <see cref="TakesValue"/> false: a flag.</summary>
public sealed record OptionSpec(string Name, bool TakesValue = true, bool Repeatable = false, string? Short = null);
