using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace KpiTracker.Identity.Signing;

/// <summary>
/// Takes a previous key out of the published JWKS the moment its RetireAt passes, without a
/// restart: the services stop accepting its tokens at their next key refresh.
/// </summary>
public static class RetiredKeysFilter
{
    public static void Register(OpenIddictServerBuilder server) =>
        server.AddEventHandler<HandleJsonWebKeySetRequestContext>(b => b
            .UseInlineHandler(context =>
            {
                var keys = context.Transaction.GetHttpRequest()!.HttpContext.RequestServices.GetRequiredService<SigningKeys>();
                context.Keys.RemoveAll(k => keys.IsRetired(k.Kid));
                return ValueTask.CompletedTask;
            })
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachSigningKeys.Descriptor.Order + 1_000));
}
