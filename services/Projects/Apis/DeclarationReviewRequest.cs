namespace KpiTracker.Projects.Apis;

/// <summary>The body of submit, approve and return: a reason (required to return, optional otherwise).</summary>
public sealed record DeclarationReviewRequest(string? Reason);
