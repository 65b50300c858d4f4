namespace KpiTracker.Abuse;

/// <summary>One stack and one world for the whole suite: started once (≈20 s), shared by the matrix and the fuzz.</summary>
public sealed class AbuseFixture : IAsyncLifetime
{
    public Stack Stack { get; } = new();
    public World World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        World = await World.CreateAsync(Stack);
    }

    public Task DisposeAsync() => Stack.DisposeAsync();
}
