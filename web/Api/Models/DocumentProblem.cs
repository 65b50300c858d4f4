namespace KpiTracker.Web.Api.Models;

public sealed record DocumentProblem(int Line, string Message, string Severity, string SeverityLabel);
