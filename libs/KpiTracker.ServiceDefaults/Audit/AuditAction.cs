namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// Names what a request did when its route does not say it (a failed sign-in on the token endpoint):
/// the audit record's action becomes "name (METHOD route)".
/// </summary>
public static class AuditAction
{
    public const string Key = "kpi.audit.action";

    public static void Name(HttpContext? context, string action)
    {
        if (context is not null) context.Items[Key] = action;
    }
}
