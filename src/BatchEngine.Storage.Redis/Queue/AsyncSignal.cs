namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// Wakes every waiter at once and re-arms itself. A waiter takes <see cref="Next"/> before it checks its
/// condition, so a pulse between the check and the wait is never lost.
/// </summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _current = NewSource();

    public Task Next => Volatile.Read(ref _current).Task;

    public void Pulse() => Interlocked.Exchange(ref _current, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
