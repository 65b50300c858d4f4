using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Identity.Model;

/// <summary>
/// A person who signs in. The id is the token's "sub" and what projects list in ownerIds
/// (u-zhao), so it is chosen once and never changes. Roles are ASP.NET Core Identity roles;
/// departments are codes (a manager of 18 sees 18001).
/// </summary>
public sealed class KpiUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<string> Departments { get; set; } = [];

    /// <summary>A disabled user cannot sign in nor refresh; their tokens were revoked when disabled.</summary>
    public bool Disabled { get; set; }

    /// <summary>Bumped on every change: the ETag.</summary>
    public long Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
