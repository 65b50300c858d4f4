namespace KpiTracker.Abuse;

/// <summary>Who may call a route, as API.md and issue 9 say; <see cref="Routes.Expected"/> turns it into a status per caller.</summary>
public enum Access
{
    /// <summary>No token needed (the development token endpoint).</summary>
    Anonymous,
    /// <summary>Any known caller; lists filter what they hold.</summary>
    Anyone,
    AdminOnly,
    /// <summary>Declaring in the department: admins and its managers (others 403, the department exists).</summary>
    ManageDepartment,
    /// <summary>The department itself: admins and callers whose claim covers it (others 404).</summary>
    SeeDepartment,
    /// <summary>Reading a project's things: the department's callers and its listed owners (others 404).</summary>
    SeeProject,
    /// <summary>Changing a project's declaration or indicators, closing its year: admins and managers in scope.</summary>
    ManageProject,
    /// <summary>Reporting on a project: managers in scope and owners listed whose claim covers it.</summary>
    ReportProject,
    /// <summary>Approving or returning a declaration or a 目标调整: admins and managers of a parent department.</summary>
    ApproveProject,
    /// <summary>Uploading a goal form: admins and managers of any department (a dry run reads only the upload; the real run is the API's to allow).</summary>
    UploadForm,
    /// <summary>The audit trails: auditors and admins, whatever their department (issue 12).</summary>
    AuditOnly,
}
