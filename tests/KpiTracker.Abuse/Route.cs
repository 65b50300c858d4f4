using System.Net;
using System.Text.Json;

namespace KpiTracker.Abuse;

/// <summary>
/// One row of the matrix: an operation of a service's OpenAPI document (or the gateway's own token
/// endpoint), who may call it, the status it answers on success, and how to build a request against
/// <see cref="World.Targets"/> (as the admin, before the cell: fresh things to consume, current ETags).
/// A cell expected to succeed gets fresh things; one expected to be refused gets the spare ones, which a
/// refusal leaves untouched (the checks of who may act come before any change, so a wrong success still shows).
/// <see cref="Serial"/> routes change state the next cell depends on (an ETag, a closed year, the read
/// model): the cells expected to succeed run one after another; everything else runs side by side.
/// </summary>
public sealed record Route(string Method, string Template, Access Access, int Success, Func<World, World.Targets, bool, Task<Prepared>> Prepare,
    bool ReadsBatchItem = false, bool Serial = false)
{
    public string Key => $"{Method} {Template}";

    /// <summary>The status the cell answered; a batch answers 200 and the item's own status inside.</summary>
    public async Task<(int Status, string Body)> ObserveAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!ReadsBatchItem || response.StatusCode != HttpStatusCode.OK) return ((int)response.StatusCode, body);
        return (JsonDocument.Parse(body).RootElement.GetProperty("results")[0].GetProperty("status").GetInt32(), body);
    }

    public override string ToString() => Key;
}
