namespace KpiTracker.Web.Api;

/// <summary>What the 导入 page sends: the chosen file and the options, as typed.</summary>
public sealed record ImportUpload(
    string FileName, byte[] Content, string? DepartmentCode, string? FiscalYear, IReadOnlyList<string> Owners, bool DepartmentGoals);
