namespace KpiTracker.Declarations.Api;

/// <summary>What registering a department came to.</summary>
public enum RegistrationOutcome
{
    Registered,

    /// <summary>Registered before with the same name and parent.</summary>
    Exists,

    /// <summary>Registered before with another name or parent: kept as it is (it is the same code).</summary>
    Conflict,
}
