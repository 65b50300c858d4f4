namespace KpiTracker.Projects.Apis;

/// <summary>A page of projects, as every list, with the status counts the list's tabs show (待送审 / 已送审 / 被退回 / 已批复).</summary>
public sealed record ProjectList(IReadOnlyList<ProjectView> Items, int Page, int PageSize, int Total, StatusCounts Counts);
