namespace KpiTracker.Imports.Apis;

public sealed record DocumentProblemView(int Line, string Message, string Severity, string SeverityLabel);
