namespace KpiTracker.Projects.Apis;

/// <summary>How many visible projects stand in each status, over the whole filter but the status itself.</summary>
public sealed record StatusCounts(int Draft, int Submitted, int Approved, int Returned);
