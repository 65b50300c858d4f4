namespace KpiTracker.Measurements.Apis;

public sealed record MonitoringStepView(string Action, string From, string FromLabel, string To, string ToLabel, string? Reason,
    string By, string ByName, DateTimeOffset At)
{
    public static MonitoringStepView Of(MonitoringStep s) => new(s.Action, s.From, Vocabulary.LabelOf<MonitoringStatus>(s.From),
        s.To, Vocabulary.LabelOf<MonitoringStatus>(s.To), s.Reason, s.By, s.ByName, s.At);
}
