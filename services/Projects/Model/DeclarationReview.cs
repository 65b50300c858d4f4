namespace KpiTracker.Projects.Model;

/// <summary>One step of the approval chain: the status it moved from and to, by whom, and the reason given.</summary>
public sealed record DeclarationReview(string Action, string From, string To, string? Reason, string By, string ByName, DateTimeOffset At);
