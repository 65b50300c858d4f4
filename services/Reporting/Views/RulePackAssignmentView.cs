namespace KpiTracker.Reporting.Views;

/// <summary>
/// A region's pack in a fiscal year. <see cref="Assigned"/> is false for a region nobody assigned (it
/// uses <c>default</c>, version 0 of the assignment); <see cref="RulePack"/> is the pack it names today.
/// </summary>
public sealed record RulePackAssignmentView(string RootCode, string? RootName, int FiscalYear, string PackId, RulePackRef RulePack,
    bool Assigned, string? AssignedBy, DateTimeOffset? AssignedAt, long Version);
