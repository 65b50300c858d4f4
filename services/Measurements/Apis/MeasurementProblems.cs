using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Measurements.Apis;

/// <summary>The one problem only Measurements answers; the rest are the shared <see cref="KpiProblems"/>.</summary>
public static class MeasurementProblems
{
    public static ProblemDetails YearClosed(int fiscalYear) =>
        KpiProblems.Make(409, "Year closed", $"The {fiscalYear} year of this project is closed; ask a manager to reopen it.");
}
