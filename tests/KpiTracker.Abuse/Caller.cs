using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Abuse;

/// <summary>
/// One column of the BOLA matrix: a role and a department scope, or one of the two callers the
/// services must refuse outright (a token without "sub", a role outside the four). Every owner is
/// listed in the projects' ownerIds, so owner/other and owner/none are the listed owner whose
/// token names another department or none: they may read, never write.
/// </summary>
public sealed record Caller(string Label, string? Role, Scope Scope, bool HasSubject = true, bool KnownRole = true)
{
    public string Subject => $"u-{Role}-{Scope}".ToLowerInvariant();

    public string[] Departments => Scope switch
    {
        Scope.Own => [World.Department],
        Scope.Parent => [World.Parent],
        Scope.Other => [World.OtherDepartment],
        _ => [],
    };

    public string Token => HasSubject
        ? DevelopmentTokens.Mint(Subject, [Role!], Departments)
        : DevelopmentTokens.Mint(null, [Role!], Departments, name: "nobody");

    public bool IsAdmin => KnownRole && Role == KpiClaims.Admin;
    bool Covers => Scope is Scope.Own or Scope.Parent;

    // The policy, stated independently of the services: API.md and issue 9.
    public bool SeesDepartment => IsAdmin || Covers;
    public bool SeesProject => IsAdmin || Covers || Role == KpiClaims.Owner;      // every owner is listed
    public bool Manages => IsAdmin || (Role == KpiClaims.Manager && Covers);
    public bool Reports => Manages || (Role == KpiClaims.Owner && Covers);       // listed and covered
    public bool Approves => IsAdmin || (Role == KpiClaims.Manager && Scope == Scope.Parent); // above the department (issue 12)
    public bool UploadsForms => IsAdmin || Role == KpiClaims.Manager;             // whichever department: the API decides the real run

    public override string ToString() => Label;

    /// <summary>Every column: 4 roles × 4 scopes, then no subject and an unknown role.</summary>
    public static IReadOnlyList<Caller> All { get; } =
    [
        .. KpiClaims.AllRoles.SelectMany(role => Enum.GetValues<Scope>().Select(scope => new Caller($"{role}/{scope.ToString().ToLowerInvariant()}", role, scope))),
        new("no-sub", KpiClaims.Admin, Scope.Own, HasSubject: false),
        new("unknown-role", "superuser", Scope.Own, KnownRole: false),
    ];

    /// <summary>The subjects the projects list as owners.</summary>
    public static IEnumerable<string> Owners => All.Where(c => c.Role == KpiClaims.Owner && c.KnownRole).Select(c => c.Subject);
}
