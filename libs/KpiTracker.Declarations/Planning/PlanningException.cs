namespace KpiTracker.Declarations;

/// <summary>
/// The plan cannot be made from this document with these options: <see cref="Field"/> names what is
/// missing (departmentCode, fiscalYear, parentName …, or file when the document itself lacks it). Each caller
/// words it for its own users: the CLI names its flag, the server the form field.
/// </summary>
public sealed class PlanningException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
