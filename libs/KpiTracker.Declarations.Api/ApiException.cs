namespace KpiTracker.Declarations.Api;

/// <summary>The API said no (or could not be reached); <see cref="Exception.Message"/> is one readable line.</summary>
public sealed class ApiException(string message, ApiResponse? response = null) : Exception(message)
{
    public ApiResponse? Response { get; } = response;
}
