using KpiTracker.Web.Api;
using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Components.Pages.Fill;

/// <summary>
/// One indicator's line of the fill grid: what is recorded, what the user typed, and what the
/// server said about it. What was typed stays until the server accepts it.
/// </summary>
public sealed class FillRow(Indicator indicator)
{
    public Indicator Indicator { get; } = indicator;
    public Measurement? Recorded { get; set; }
    public string? Value { get; set; }
    public string? Judgement { get; set; }
    public string? Note { get; set; }
    public ApiProblem? Problem { get; set; }
    public bool JustSaved { get; set; }
    public string? Light { get; set; }
    public string? LightLabel { get; set; }
    /// <summary>The 偏差原因 typed for a recorded value whose light is red or yellow.</summary>
    public string? DeviationNote { get; set; }

    public string Key => Indicator.Id.ToString("N");

    public bool HasInput => Recorded is null && (!string.IsNullOrWhiteSpace(Value) || Judgement is not null);

    /// <summary>A red or yellow light with no note on the value asks for the 偏差原因.</summary>
    public bool NeedsDeviationNote => Recorded is { } r && Light is "red" or "yellow" && string.IsNullOrWhiteSpace(r.Note);

    public MeasurementItem ToItem(string period) => Indicator.IsQualitative
        ? new MeasurementItem(Indicator.Id, period, null, Judgement, Blank(Note))
        : new MeasurementItem(Indicator.Id, period, Value?.Trim(), null, Blank(Note));

    /// <summary>The recorded value as a correction can send it again (its text with unit, else the number).</summary>
    public string? RecordedValueText => Recorded is { } r
        ? r.RawValue ?? (r.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) + (r.Unit ?? "") : null)
        : null;

    public string RecordedDisplay => Recorded is { } r
        ? r.JudgementLabel ?? r.RawValue ?? (r.Value is { } v ? Formatting.Zh.Number(v) + (r.Unit ?? Indicator.ParsedTarget.Unit ?? "") : "—")
        : "";

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
