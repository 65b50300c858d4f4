using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KpiTracker.Imports.Apis;

/// <summary>POST /api/imports's multipart form in the OpenAPI document, field by field (the handler reads it itself: <see cref="ImportForm"/>).</summary>
public static class UploadDocument
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "申报表文本或填好的 XLSX 模板 · The disclosure's text or the filled XLSX template (at most Imports__MaxFileBytes, 5 MiB)",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "UTF-8, GB18030 or UTF-16 text, or .xlsx" },
                            ["departmentCode"] = Text("部门编码, when the document has none (or to override it)"),
                            ["parentCode"] = Text("上级部门编码 (with parentName)"),
                            ["parentName"] = Text("上级部门名称 (with parentCode)"),
                            ["fiscalYear"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "2000", Maximum = "2100", Description = "预算年度, when the document has none" },
                            ["owners"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("a user id"), Description = "项目负责人 ids for every project (repeat the field)" },
                            ["departmentGoals"] = Flag("import the 部门整体支出 form too (default true)"),
                            ["dryRun"] = Flag("only say what would be created (default true)"),
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    static OpenApiSchema Flag(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };
}
