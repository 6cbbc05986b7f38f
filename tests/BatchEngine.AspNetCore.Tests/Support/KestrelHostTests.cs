namespace BatchEngine.Tests.Support;

/// <summary>
/// The base of tests that need their own sample host on a real Kestrel: started before each test, stopped after.
/// </summary>
public abstract class KestrelHostTests(SampleHostFactory host) : IAsyncLifetime
{
    protected SampleHostFactory Host { get; } = host;

    /// <summary>Where the host listens (set once it started).</summary>
    protected Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Address = KestrelClients.Start(Host);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();
}
