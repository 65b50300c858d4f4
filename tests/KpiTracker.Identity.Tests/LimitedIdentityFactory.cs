namespace KpiTracker.Identity.Tests;

/// <summary>The same with three sign-in attempts per account and minute, to meet the limit.</summary>
public sealed class LimitedIdentityFactory : IdentityFactory
{
    protected override int PerAccountPermitLimit => 3;
}
