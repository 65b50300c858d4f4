namespace KpiTracker.Reporting.Views;

public sealed record DeadLetterView(Guid Id, string Kind, Guid ItemId, int ItemVersion, Guid ProjectId, Guid MessageId,
    string MessageType, string Reason, int Failures, DateTimeOffset FailedAt);
