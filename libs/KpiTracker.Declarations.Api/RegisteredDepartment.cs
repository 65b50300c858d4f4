namespace KpiTracker.Declarations.Api;

/// <summary>A department of the plan after registering it; <see cref="Detail"/> says how a conflicting one stands.</summary>
public sealed record RegisteredDepartment(DepartmentBody Department, RegistrationOutcome Outcome, string? Detail = null)
{
    /// <summary>As `kpi import` prints it.</summary>
    public override string ToString() => Outcome switch
    {
        RegistrationOutcome.Registered => "registered",
        RegistrationOutcome.Exists => "already registered",
        _ => $"already registered differently, kept as is ({Detail ?? "conflict"})",
    };
}
