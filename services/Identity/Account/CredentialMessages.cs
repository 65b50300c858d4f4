namespace KpiTracker.Identity.Account;

/// <summary>
/// What a refused sign-in says: the API in English like every problem, the sign-in page in
/// Chinese. One wording for an unknown user and a wrong password, so neither tells which it was.
/// </summary>
public static class CredentialMessages
{
    public const string Wrong = "The user name or password is wrong.";
    public const string Disabled = "This account is disabled: ask an administrator.";

    public static string Locked(DateTimeOffset? until) =>
        $"This account is locked after repeated wrong passwords{(until is { } u ? $" until {u:u}" : "")}: try again later or ask an administrator to unlock it.";

    public const string WrongZh = "用户名或密码不正确。";
    public const string DisabledZh = "该账户已停用，请联系管理员。";

    public static string LockedZh(DateTimeOffset? until) =>
        $"该账户因多次密码错误已被锁定{(until is { } u ? $"，请于 {u.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）之后再试" : "")}，或联系管理员解锁。";

    public static string TooManyZh(TimeSpan wait) => $"尝试次数过多，请在 {Math.Ceiling(wait.TotalSeconds)} 秒后再试。";
}
