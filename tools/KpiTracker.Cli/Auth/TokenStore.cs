using System.Text.Json;
using System.Text.Json.Serialization;
using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Auth;

/// <summary>
/// What `kpi login` keeps for later commands, one entry per gateway URL, in
/// $KPI_TOKEN_STORE, else ~/.config/kpi/tokens.json (readable by the owner only: it holds a
/// refresh token, which is as good as the password until it is used or revoked).
/// </summary>
public sealed class TokenStore(string path)
{
    public sealed record Entry(
        string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, string ClientId, string Subject, string Name);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Path { get; } = path;

    public static TokenStore For(CliContext context)
    {
        if (context.Env("KPI_TOKEN_STORE") is { Length: > 0 } explicitPath) return new TokenStore(explicitPath);
        var config = context.Env("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(context.Env("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return new TokenStore(System.IO.Path.Combine(config, "kpi", "tokens.json"));
    }

    public Entry? Get(string url) => Read().GetValueOrDefault(Key(url));

    public void Put(string url, Entry entry)
    {
        var all = Read();
        all[Key(url)] = entry;
        Write(all);
    }

    public bool Remove(string url)
    {
        var all = Read();
        if (!all.Remove(Key(url))) return false;
        Write(all);
        return true;
    }

    Dictionary<string, Entry> Read()
    {
        if (!File.Exists(Path)) return new(StringComparer.Ordinal);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(Path), Json) ?? new(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            throw new CliFailure($"the token store {Path} is not readable JSON: delete it and run kpi login again");
        }
    }

    void Write(Dictionary<string, Entry> all)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(all, Json));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, Path, overwrite: true);
    }

    static string Key(string url) => url.TrimEnd('/');
}
