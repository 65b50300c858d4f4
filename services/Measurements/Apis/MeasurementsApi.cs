namespace KpiTracker.Measurements.Apis;

public static class MeasurementsApi
{
    public const int MaxBatchItems = 5000;
    /// <summary>5,000 items with notes exceed the service-wide 1 MB body limit; the batch route alone gets more.</summary>
    const long MaxBatchBytes = 32L * 1024 * 1024;

    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/measurements").WithTags("Measurements");
        api.MapPost("/", RecordMeasurement);
        api.MapPost("/batch", RecordBatch).WithMetadata(new RequestSizeLimitAttribute(MaxBatchBytes));
        api.MapGet("/", ListMeasurements);
        api.MapGet("/{id:guid}", GetMeasurement);
        api.MapPost("/{id:guid}/corrections", CorrectMeasurement);
        api.MapGet("/{id:guid}/history", GetHistory);
        return app;
    }

    public static async Task<Results<Created<MeasurementView>, ProblemHttpResult>> RecordMeasurement(
        MeasurementRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var outcome = (await MeasurementRecorder.RecordAsync([new ItemInput(request, null)], http.Caller(), s, ct))[0];
        if (outcome.Problem is { } problem) return TypedResults.Problem(problem);
        ETags.Set(http, outcome.Version!.Version);
        return TypedResults.Created($"/api/measurements/{outcome.Measurement!.Id}", MeasurementView.From(outcome.Measurement, outcome.Version));
    }

    /// <summary>Each item is checked on its own; valid items are stored even when others fail.</summary>
    public static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> RecordBatch(
        BatchRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        if (request.Items is not { Count: > 0 } items)
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("items", "must hold at least one item.")));
        if (items.Count > MaxBatchItems)
            return TypedResults.Problem(KpiProblems.TooLarge($"A batch holds at most {MaxBatchItems} items; this one has {items.Count}. Split it."));

        var inputs = items.Select((item, i) => ReadItem(item, i, s.Json.Value.SerializerOptions)).ToList();
        var outcomes = await MeasurementRecorder.RecordAsync(inputs, http.Caller(), s, ct);
        var results = outcomes.Select((o, i) => o.Problem is { } p
            ? new BatchItemResult(i, p.Status ?? 400, null, p)
            : new BatchItemResult(i, StatusCodes.Status201Created, o.Measurement!.Id, null)).ToList();
        return TypedResults.Ok(new BatchResponse(results));
    }

    static ItemInput ReadItem(JsonElement item, int index, JsonSerializerOptions json)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return new ItemInput(null, KpiProblems.Malformed(new Validation().Add($"items[{index}]", "must be an object shaped like the body of POST /api/measurements.")));
        try
        {
            return new ItemInput(item.Deserialize<MeasurementRequest>(json), null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            var field = e is JsonException j ? JsonPaths.ToFieldName(j.Path) : "body";
            return new ItemInput(null, KpiProblems.Malformed(new Validation().Add(field, "has the wrong type or is not valid JSON here.")));
        }
    }

    /// <summary>The latest version of each measurement of the projects the caller may see.</summary>
    public static async Task<Results<Ok<PagedList<MeasurementView>>, ProblemHttpResult>> ListMeasurements(
        Guid? indicatorId, Guid? projectId, string? period, int? page, int? pageSize,
        HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        var canonical = default(Period);
        if (period is not null && !Period.TryParse(period, out canonical)) v.Add("period", "must be a period such as 2021, 2021-H1, 2021-Q3 or 2021-07.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var visible = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        var query = from m in s.Db.Measurements.AsNoTracking()
                    join r in s.Db.MeasurementVersions.AsNoTracking()
                        on new { Id = m.Id, V = m.CurrentVersion } equals new { Id = r.MeasurementId, V = r.Version }
                    where visible.Any(p => p.Id == m.ProjectId)
                    select new { m, r };
        if (indicatorId is { } iid) query = query.Where(x => x.m.IndicatorId == iid);
        if (projectId is { } pid) query = query.Where(x => x.m.ProjectId == pid);
        if (period is not null)
        {
            var text = canonical.ToString();
            query = query.Where(x => x.m.Period == text);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(x => x.m.ProjectId).ThenBy(x => x.m.IndicatorId).ThenBy(x => x.m.PeriodSort).ThenBy(x => x.m.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<MeasurementView>(rows.Select(x => MeasurementView.From(x.m, x.r)).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<MeasurementView>, ProblemHttpResult>> GetMeasurement(
        Guid id, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var found = await FindVisibleAsync(id, http, s, ct);
        if (found is null) return TypedResults.Problem(KpiProblems.NotFound("Measurement", id));
        var current = await s.Db.MeasurementVersions.AsNoTracking().FirstAsync(r => r.MeasurementId == id && r.Version == found.Value.M.CurrentVersion, ct);
        ETags.Set(http, current.Version);
        return TypedResults.Ok(MeasurementView.From(found.Value.M, current));
    }

    /// <summary>A correction never overwrites: it appends version n+1 with its reason. If-Match, when sent, must name the current version.</summary>
    public static async Task<Results<Created<MeasurementView>, ProblemHttpResult>> CorrectMeasurement(
        Guid id, CorrectionRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var found = await FindVisibleAsync(id, http, s, ct, tracking: true);
        if (found is not { } f) return TypedResults.Problem(KpiProblems.NotFound("Measurement", id));
        var (measurement, project) = f;
        if (caller.RefuseReport(project, "correct its values") is { } refused) return TypedResults.Problem(refused);

        var bad = new Validation().Required("reason", request.Reason);
        MeasurementInput.CheckValueType(request.Value, bad);
        if (request.Value is null or { ValueKind: JsonValueKind.Null } && string.IsNullOrWhiteSpace(request.Judgement))
            bad.Add("value", "is required: the corrected value (or judgement, for a qualitative indicator).");
        if (!bad.IsValid) return TypedResults.Problem(KpiProblems.Malformed(bad));
        if (ETags.IfMatch(http.Request, measurement.CurrentVersion) == ETags.Check.Stale) // optional on a POST: only a stale one is refused
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        if (await s.IsClosedAsync(project, ct)) return TypedResults.Problem(MeasurementProblems.YearClosed(project.FiscalYear));
        if (await s.CheckAsync(project, Period.Parse(measurement.Period), ct) is { } locked) return TypedResults.Problem(locked);

        var indicator = await s.Db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == measurement.IndicatorId, ct);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", measurement.IndicatorId));
        var invalid = new Validation().Text("reason", request.Reason, TextRule.Lines(1000));
        MeasurementInput.CheckTexts(request.Note, request.EvidenceUrl, invalid);
        var reading = MeasurementInput.Read(request.Value, request.Judgement, indicator, invalid);
        if (!invalid.IsValid || reading is null) return TypedResults.Problem(KpiProblems.Unprocessable(invalid));

        var current = await s.Db.MeasurementVersions.AsNoTracking()
            .FirstAsync(r => r.MeasurementId == id && r.Version == measurement.CurrentVersion, ct);
        var now = s.Clock.GetUtcNow();
        var next = new MeasurementRevision
        {
            MeasurementId = id, Version = current.Version + 1,
            Value = reading.Value, Unit = reading.Unit, Judgement = reading.Judgement, RawValue = reading.RawValue,
            Note = MeasurementRecorder.Trimmed(request.Note) ?? current.Note,
            EvidenceUrl = MeasurementRecorder.Trimmed(request.EvidenceUrl) ?? current.EvidenceUrl,
            CorrectionReason = request.Reason!.Trim(),
            RecordedBy = caller.Id, RecordedByName = caller.Name, RecordedAt = now,
        };
        measurement.CurrentVersion = next.Version;
        s.Db.MeasurementVersions.Add(next);
        s.Db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, [next.ToContract(measurement)]));
        if (await s.SaveCorrectionAsync(ct) is { } lost) return TypedResults.Problem(lost);
        ETags.Set(http, next.Version);
        return TypedResults.Created($"/api/measurements/{id}", MeasurementView.From(measurement, next));
    }

    /// <summary>Every version, oldest first: what was reported, by whom, when, and why it was corrected.</summary>
    public static async Task<Results<Ok<MeasurementHistory>, ProblemHttpResult>> GetHistory(
        Guid id, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var found = await FindVisibleAsync(id, http, s, ct);
        if (found is not { } f) return TypedResults.Problem(KpiProblems.NotFound("Measurement", id));
        var versions = await s.Db.MeasurementVersions.AsNoTracking().Where(r => r.MeasurementId == id).OrderBy(r => r.Version).ToListAsync(ct);
        var m = f.M;
        return TypedResults.Ok(new MeasurementHistory(m.Id, m.IndicatorId, m.ProjectId, m.Period, m.CurrentVersion,
            versions.Select(MeasurementVersionView.From).ToList()));
    }

    static async Task<(Measurement M, ProjectReplica P)?> FindVisibleAsync(Guid id, HttpContext http, MeasurementServices s, CancellationToken ct, bool tracking = false)
    {
        var measurements = tracking ? s.Db.Measurements : s.Db.Measurements.AsNoTracking();
        var m = await measurements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;
        var project = await s.Db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == m.ProjectId, ct);
        return project is not null && http.Caller().CanSee(project) ? (m, project) : null;
    }
}
