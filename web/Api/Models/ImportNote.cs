namespace KpiTracker.Web.Api.Models;

public sealed record ImportNote(int Line, string Message);
