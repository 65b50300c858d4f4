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

/// <summary>The outcome of walking a chain: how many records, and the first that does not match (null when all do).</summary>
public sealed record AuditVerification(string Service, long Records, bool Intact, long? FirstBadPosition, string? Problem);
