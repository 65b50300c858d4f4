namespace KpiTracker.Measurements.Apis;

/// <summary>预计完成: forecasts are appended; the latest one at or before a monitoring date is the one that counts.</summary>
public static class ForecastsApi
{
    /// <summary>Five reasons exist; a list may name each once, a few repeats are tolerated.</summary>
    const int MaxReasons = 10;

    public static IEndpointRouteBuilder MapForecastsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/forecasts").WithTags("Forecasts");
        api.MapPost("/", SubmitForecast);
        api.MapGet("/", ListForecasts);
        api.MapGet("/{id:guid}", GetForecast);
        return app;
    }

    public static async Task<Results<Created<ForecastView>, ProblemHttpResult>> SubmitForecast(
        ForecastRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var bad = new Validation().Required("indicatorId", request.IndicatorId).Required("asOf", request.AsOf).Required("likelihood", request.Likelihood);
        if (!bad.IsValid) return TypedResults.Problem(KpiProblems.Malformed(bad));
        var caller = http.Caller();
        var indicatorId = request.IndicatorId!.Value;
        var indicator = (await s.IndicatorsAsync([indicatorId], ct)).GetValueOrDefault(indicatorId);
        var project = indicator is null ? null : (await s.ProjectsAsync([indicator.ProjectId], ct)).GetValueOrDefault(indicator.ProjectId);
        if (indicator is null || project is null || !caller.CanSee(project)) return TypedResults.Problem(KpiProblems.NotFound("Indicator", indicatorId));
        if (caller.RefuseNewReport(project, indicator, "forecast its indicators", "forecasts") is { } refused) return TypedResults.Problem(refused);
        if (await s.IsClosedAsync(project, ct)) return TypedResults.Problem(MeasurementProblems.YearClosed(project.FiscalYear));

        var invalid = new Validation().Text("expectedValue", request.ExpectedValue, TextRule.Name)
            .Text("note", request.Note, TextRule.Lines(MeasurementInput.MaxNote)).Count("deviationReasons", request.DeviationReasons, MaxReasons);
        if (!Period.TryParse(request.AsOf, out var asOf))
            invalid.Add("asOf", $"{Echo.Quote(request.AsOf)} is not a period: use a month such as 2021-07 (or 2021-Q2, 2021-H1, 2021).");
        else MeasurementInput.CheckPeriod(asOf, project, null, invalid, "asOf");
        if (!Vocabulary.TryParse<Likelihood>(request.Likelihood, out var likelihood))
            invalid.Add("likelihood", $"{Echo.Quote(request.Likelihood)} must be certain, possible or impossible (确定能, 有可能, 完全不可能).");
        var reasons = new List<string>();
        for (var i = 0; i < Math.Min(request.DeviationReasons?.Count ?? 0, MaxReasons); i++)
        {
            var text = request.DeviationReasons![i];
            if (Vocabulary.TryParse<DeviationReason>(text, out var reason)) reasons.Add(Vocabulary.Code(reason));
            else invalid.Add($"deviationReasons[{i}]", $"{Echo.Quote(text)} must be funding, rules, staffing, hardware or other (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他).");
        }
        if (!invalid.IsValid) return TypedResults.Problem(KpiProblems.Unprocessable(invalid));
        if (await s.CheckAsync(project, asOf, ct, "asOf") is { } locked) return TypedResults.Problem(locked);

        var now = s.Clock.GetUtcNow();
        var forecast = new Forecast
        {
            Id = Guid.CreateVersion7(), IndicatorId = indicatorId, ProjectId = project.Id,
            AsOf = asOf.ToString(), AsOfSort = asOf.SortKey(), ExpectedValue = MeasurementRecorder.Trimmed(request.ExpectedValue),
            Likelihood = Vocabulary.Code(likelihood), DeviationReasons = reasons.Distinct().ToArray(), Note = MeasurementRecorder.Trimmed(request.Note),
            RecordedBy = caller.Id, RecordedByName = caller.Name, RecordedAt = now,
        };
        s.Db.Forecasts.Add(forecast);
        s.Db.Publish(new ForecastSubmitted(Guid.CreateVersion7(), now, forecast.ToContract()));
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/forecasts/{forecast.Id}", ForecastView.From(forecast));
    }

    public static async Task<Results<Ok<PagedList<ForecastView>>, ProblemHttpResult>> ListForecasts(
        Guid? indicatorId, Guid? projectId, int? page, int? pageSize, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var visible = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        var query = s.Db.Forecasts.AsNoTracking().Where(f => visible.Any(p => p.Id == f.ProjectId));
        if (indicatorId is { } iid) query = query.Where(f => f.IndicatorId == iid);
        if (projectId is { } pid) query = query.Where(f => f.ProjectId == pid);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(f => f.IndicatorId).ThenBy(f => f.AsOfSort).ThenBy(f => f.RecordedAt).ThenBy(f => f.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<ForecastView>(items.Select(ForecastView.From).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<ForecastView>, ProblemHttpResult>> GetForecast(
        Guid id, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var visible = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        var forecast = await s.Db.Forecasts.AsNoTracking().Where(f => visible.Any(p => p.Id == f.ProjectId)).FirstOrDefaultAsync(f => f.Id == id, ct);
        return forecast is null ? TypedResults.Problem(KpiProblems.NotFound("Forecast", id)) : TypedResults.Ok(ForecastView.From(forecast));
    }
}
