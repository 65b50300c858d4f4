using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>One audit record as the API shows it.</summary>
public sealed record AuditRecordView(
    long Position, DateTimeOffset At, string Actor, string ActorName, string Action, string ObjectType, string ObjectId,
    IReadOnlyList<string> ObjectIds, JsonElement? Before, JsonElement? After, string? TraceId, string PrevHash, string Hash);
