namespace KpiTracker.Imports.Settings;

/// <summary>Imports__…: where the public API is, and how large an upload may be.</summary>
public sealed class ImportsOptions
{
    public const string Section = "Imports";

    /// <summary>5 MiB: the published disclosure texts are tens of KB, a filled template of hundreds of projects well under 1 MiB.</summary>
    public const long DefaultMaxFileBytes = 5L * 1024 * 1024;

    /// <summary>What the multipart framing and the other form fields may add to the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The gateway's address as this service reaches it; every call of a real run goes there, with the caller's token.</summary>
    public string? ApiBaseUrl { get; set; }

    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
