using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace KpiTracker.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI document as a reader of the public API needs it: the gateway as the
/// one server (a relative "/", so no internal 127.0.0.1:510x address leaks), the bearer scheme,
/// a Chinese and English summary per operation, and the problem answers every operation can
/// give beside the ones its handler declares (401, 403, 429 and 503 everywhere; 400, 413 and
/// 422 with a body; 404 on a resource; 409 on a create; 412 and 428 on a PUT), each as
/// application/problem+json.
/// </summary>
public static class KpiOpenApi
{
    public const string Bearer = "bearer";
    const string Problem = "Problem";

    /// <summary>The document <paramref name="documentName"/> (a service's is "v1", which the gateway serves as /openapi/{service}.json).</summary>
    public static IServiceCollection AddKpiOpenApi(this IServiceCollection services, string documentName = "v1") =>
        services.AddOpenApi(documentName, o =>
        {
            o.AddDocumentTransformer((document, context, _) =>
            {
                document.Info ??= new OpenApiInfo();
                document.Info.Title = "KpiTracker · " + context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().ApplicationName.Replace("KpiTracker.", "");
                document.Servers = [new OpenApiServer { Url = "/", Description = "the gateway (this page's origin)" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                    Description = "令牌 · A JWT from the identity provider (claims sub, role, dept).",
                };
                document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
                document.Components.Schemas[Problem] = ProblemSchema();
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var description = context.Description;
                var method = description.HttpMethod ?? "GET";
                var path = "/" + (description.RelativePath ?? "").Split('?')[0].TrimEnd('/');
                var route = $"{method} {StripConstraints(path)}";
                if (OperationSummaries.ByRoute.TryGetValue(route, out var summary)) operation.Summary = summary;
                var anonymous = description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                var document = context.Document!;
                if (!anonymous)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];
                }
                operation.Responses ??= new OpenApiResponses();
                void Add(int status, string text)
                {
                    var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse r && r.Content is { Count: > 0 }) return;
                    operation.Responses[key] = new OpenApiResponse
                    {
                        Description = text,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, document) },
                        },
                    };
                }
                var hasBody = method is "POST" or "PUT";
                var onResource = path.Contains('{');
                // A query is checked as strictly as a body (page, pageSize, codes): its 400 names the parameter.
                if (!hasBody && description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query))
                    Add(400, "请求参数错误 · Malformed query (errors names each parameter)");
                if (hasBody) { Add(400, "请求格式错误 · Malformed request (errors names each field)"); Add(413, "请求过大 · Body too large"); Add(422, "内容无法接受 · Well-formed but invalid (errors names each field)"); }
                if (!anonymous) { Add(401, "未认证 · No or invalid token"); Add(403, "无权限 · Not allowed for your role or department"); }
                if (onResource) Add(404, "未找到 · Not found, or not visible to you");
                if (method == "POST") Add(409, "冲突 · Conflict (already exists, or the same Idempotency-Key still running)");
                if (method == "PUT") { Add(412, "版本已变 · Stale ETag in If-Match"); Add(428, "缺少 If-Match · If-Match required"); }
                Add(429, "请求过多 · Rate limited: see Retry-After");
                Add(503, "暂不可用 · A database or service is away: retry after Retry-After");
                return Task.CompletedTask;
            });
        });

    /// <summary>"/api/projects/{id:guid}" → "/api/projects/{id}".</summary>
    public static string StripConstraints(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}:?]+)[^}]*\}", "{$1}");

    static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it: the log lines of the request carry it" },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object, Description = "field → messages",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}
