namespace KpiTracker.Reporting.Model;

// Reporting's own data, like ProjectYear: a rebuild never clears it.

/// <summary>A reviewer's input on one indicator.</summary>
public sealed class EvaluationInput
{
    public Guid IndicatorId { get; set; }
    public Guid ProjectId { get; set; }
    public decimal? Score { get; set; }
    public string? Judgement { get; set; }
    public bool NotApplicable { get; set; }
    public string? DeviationNote { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
