namespace KpiTracker.Identity.Apis;

/// <summary>POST /api/users/{id}/password: an administrator sets a new password.</summary>
public sealed record PasswordResetRequest(string? NewPassword);
