using KpiTracker.Identity.Model;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Identity.Apis;

/// <summary>
/// /api/users: administrators manage who may sign in, with which roles and departments.
/// Disabling a user or resetting a password revokes every token they hold.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users").AddEndpointFilter(AdminOnly);
        api.MapGet("/", ListUsers);
        api.MapGet("/{id}", GetUser);
        api.MapPost("/", CreateUser);
        api.MapPut("/{id}", UpdateUser);
        api.MapPost("/{id}/disable", (string id, HttpContext http, IdentityServices s, CancellationToken ct) => SetDisabledAsync(id, true, http, s, ct));
        api.MapPost("/{id}/enable", (string id, HttpContext http, IdentityServices s, CancellationToken ct) => SetDisabledAsync(id, false, http, s, ct));
        api.MapPost("/{id}/unlock", UnlockUser);
        api.MapPost("/{id}/password", ResetPassword);
        return app;
    }

    static async ValueTask<object?> AdminOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Caller().IsAdmin ? await next(context) : TypedResults.Problem(KpiProblems.Forbidden("Only an admin may manage users."));

    public static async Task<Results<Ok<PagedList<UserView>>, ProblemHttpResult>> ListUsers(
        string? q, string? role, string? dept, int? page, int? pageSize, IdentityServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        var roleCode = role is null ? null : RoleLabels.Code(role);
        if (role is not null && roleCode is null) v.Add("role", $"'{role}' is not a role: use admin, manager, owner or auditor.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var query = s.Db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = "%" + q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }
        if (!string.IsNullOrWhiteSpace(dept)) query = query.Where(u => u.Departments.Contains(dept.Trim()));
        if (roleCode is not null)
            query = query.Where(u => s.Db.UserRoles.Any(ur => ur.UserId == u.Id && s.Db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleCode)));
        var (items, total) = await paging.ReadAsync(query.OrderBy(u => u.UserName), ct);
        var roles = await RolesOfAsync(s, items.Select(u => u.Id).ToList(), ct);
        var now = s.Clock.GetUtcNow();
        return TypedResults.Ok(paging.List(items.Select(u => UserView.From(u, roles[u.Id], now)).ToList(), total));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetUser(string id, HttpContext http, IdentityServices s)
    {
        var user = await s.Users.FindByIdAsync(id);
        if (user is null) return TypedResults.Problem(KpiProblems.NotFound("User", id));
        return await ViewAsync(http, s, user);
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, HttpContext http, IdentityServices s)
    {
        var v = new Validation();
        UserRules.UserName(v, request.UserName);
        UserRules.Id(v, request.Id);
        UserRules.DisplayName(v, request.DisplayName);
        v.Required("password", request.Password);
        var roles = UserRules.Roles(v, request.Roles);
        var departments = UserRules.Departments(v, request.Departments);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var id = request.Id ?? "u-" + request.UserName;
        if (await s.Users.FindByIdAsync(id) is not null) return TypedResults.Problem(KpiProblems.Conflict($"A user with id '{id}' already exists."));
        if (await s.Users.FindByNameAsync(request.UserName!) is not null) return TypedResults.Problem(KpiProblems.Conflict($"The user name '{request.UserName}' is taken."));
        var now = s.Clock.GetUtcNow();
        var user = new KpiUser
        {
            Id = id, UserName = request.UserName, DisplayName = request.DisplayName!.Trim(), Departments = departments,
            LockoutEnabled = true, CreatedAt = now, UpdatedAt = now,
        };
        var created = await s.Users.CreateAsync(user, request.Password!);
        if (!created.Succeeded) return Refused(created);
        await s.Users.AddToRolesAsync(user, roles);
        s.Logger.LogInformation("User {UserId} created by {Admin} with roles {Roles}", user.Id, http.Caller().Id, string.Join(",", roles));
        ETags.Set(http, user.Version);
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.Id)}", UserView.From(user, roles, now));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> UpdateUser(
        string id, UpdateUserRequest request, HttpContext http, IdentityServices s)
    {
        var user = await s.Users.FindByIdAsync(id);
        if (user is null) return TypedResults.Problem(KpiProblems.NotFound("User", id));
        if (KpiProblems.IfMatchRequired(http.Request, user.Version) is { } stale) return TypedResults.Problem(stale);
        var v = new Validation();
        UserRules.DisplayName(v, request.DisplayName);
        var roles = UserRules.Roles(v, request.Roles);
        var departments = UserRules.Departments(v, request.Departments);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        if (user.Id == http.Caller().Id && !roles.Contains(ServiceDefaults.Auth.KpiClaims.Admin))
            return TypedResults.Problem(KpiProblems.Conflict("You cannot take the admin role from your own account: ask another admin."));

        user.DisplayName = request.DisplayName!.Trim();
        user.Departments = departments;
        var current = await s.Users.GetRolesAsync(user);
        await s.Users.RemoveFromRolesAsync(user, current.Except(roles));
        await s.Users.AddToRolesAsync(user, roles.Except(current));
        return await SaveAsync(http, s, user);
    }

    static async Task<Results<Ok<UserView>, ProblemHttpResult>> SetDisabledAsync(
        string id, bool disabled, HttpContext http, IdentityServices s, CancellationToken ct)
    {
        var user = await s.Users.FindByIdAsync(id);
        if (user is null) return TypedResults.Problem(KpiProblems.NotFound("User", id));
        if (disabled && user.Id == http.Caller().Id) return TypedResults.Problem(KpiProblems.Conflict("You cannot disable your own account: ask another admin."));
        if (user.Disabled == disabled) return await ViewAsync(http, s, user);
        user.Disabled = disabled;
        if (disabled)
        {
            await s.Users.UpdateSecurityStampAsync(user);
            await s.RevokeEverythingAsync(user.Id, ct);
        }
        return await SaveAsync(http, s, user);
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> UnlockUser(string id, HttpContext http, IdentityServices s)
    {
        var user = await s.Users.FindByIdAsync(id);
        if (user is null) return TypedResults.Problem(KpiProblems.NotFound("User", id));
        await s.Users.SetLockoutEndDateAsync(user, null);
        await s.Users.ResetAccessFailedCountAsync(user);
        return await SaveAsync(http, s, user);
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> ResetPassword(
        string id, PasswordResetRequest request, HttpContext http, IdentityServices s, CancellationToken ct)
    {
        var user = await s.Users.FindByIdAsync(id);
        if (user is null) return TypedResults.Problem(KpiProblems.NotFound("User", id));
        var v = new Validation().Required("newPassword", request.NewPassword);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        foreach (var validator in s.Users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(s.Users, user, request.NewPassword!);
            if (!check.Succeeded) return Refused(check, "newPassword");
        }
        user.PasswordHash = s.Users.PasswordHasher.HashPassword(user, request.NewPassword!);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await s.Users.UpdateSecurityStampAsync(user);
        await s.RevokeEverythingAsync(user.Id, ct);
        s.Logger.LogInformation("Password of {UserId} reset by {Admin}; its tokens are revoked", user.Id, http.Caller().Id);
        return await SaveAsync(http, s, user);
    }

    static async Task<Results<Ok<UserView>, ProblemHttpResult>> SaveAsync(HttpContext http, IdentityServices s, KpiUser user)
    {
        user.Version++;
        user.UpdatedAt = s.Clock.GetUtcNow();
        var saved = await s.Users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            return saved.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? TypedResults.Problem(KpiProblems.PreconditionFailed())
                : Refused(saved);
        }
        return await ViewAsync(http, s, user);
    }

    static async Task<Results<Ok<UserView>, ProblemHttpResult>> ViewAsync(HttpContext http, IdentityServices s, KpiUser user)
    {
        ETags.Set(http, user.Version);
        return TypedResults.Ok(UserView.From(user, await s.Users.GetRolesAsync(user), s.Clock.GetUtcNow()));
    }

    static async Task<ILookup<string, string>> RolesOfAsync(IdentityServices s, List<string> userIds, CancellationToken ct) =>
        (await (from ur in s.Db.UserRoles
                join r in s.Db.Roles on ur.RoleId equals r.Id
                where userIds.Contains(ur.UserId)
                select new { ur.UserId, r.Name }).ToListAsync(ct))
        .ToLookup(x => x.UserId, x => x.Name!);

    /// <summary>What ASP.NET Core Identity refused (a weak password, a duplicate name) as a 422 naming the field.</summary>
    static ProblemHttpResult Refused(IdentityResult result, string passwordField = "password")
    {
        var v = new Validation();
        foreach (var e in result.Errors)
            v.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : e.Code.Contains("UserName") ? "userName" : "user", e.Description);
        return TypedResults.Problem(KpiProblems.Unprocessable(v));
    }
}
