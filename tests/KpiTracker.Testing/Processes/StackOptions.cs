namespace KpiTracker.Testing.Processes;

/// <summary>What a stack runs beyond the four services, identity, imports and the gateway.</summary>
public sealed record StackOptions(bool Web = false);
