using KpiTracker.Declarations.Api;

namespace KpiTracker.Imports.Apis;

public sealed record DepartmentOutcomeView(string Code, string Name, string Outcome, string OutcomeLabel, string? Detail)
{
    public static DepartmentOutcomeView Of(RegisteredDepartment d) => new(d.Department.Code, d.Department.Name,
        d.Outcome switch { RegistrationOutcome.Registered => "registered", RegistrationOutcome.Exists => "exists", _ => "conflict" },
        d.Outcome switch { RegistrationOutcome.Registered => "已登记", RegistrationOutcome.Exists => "已存在", _ => "已存在（名称或上级不同，保持原样）" },
        d.Detail);
}
