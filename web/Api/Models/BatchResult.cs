using System.Text.Json;

namespace KpiTracker.Web.Api.Models;

public sealed record BatchResult(int Index, int Status, Guid? Id, JsonElement? Problem);
