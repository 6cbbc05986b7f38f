namespace BatchEngine.Storage.Redis.Queue;

/// <summary>Whether this host's pump reached Redis on its last try, for the health check.</summary>
internal sealed class QueueHealth(TimeProvider timeProvider)
{
    private volatile string? _lastError;
    private long _lastSuccessTimestamp;

    public bool IsReachable => _lastError is null;

    public string? LastError => _lastError;

    public TimeSpan SinceLastSuccess => Volatile.Read(ref _lastSuccessTimestamp) == 0
        ? TimeSpan.Zero
        : timeProvider.GetElapsedTime(Volatile.Read(ref _lastSuccessTimestamp));

    public void Reachable()
    {
        Volatile.Write(ref _lastSuccessTimestamp, timeProvider.GetTimestamp());
        _lastError = null;
    }

    public void Unreachable(Exception exception) => _lastError = $"{exception.GetType().Name}: {exception.Message}";
}
