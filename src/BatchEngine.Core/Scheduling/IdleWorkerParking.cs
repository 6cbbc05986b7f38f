namespace BatchEngine.Scheduling;

/// <summary>
/// Where idle workers wait for work without spinning. A waiter captures the current signal, then checks for
/// work, then awaits the signal; a producer publishes work, then swaps the signal and completes the old one.
/// Whatever the interleaving, a waiter either sees the new work or is woken, so no wake-up is lost.
/// </summary>
internal sealed class IdleWorkerParking
{
    private TaskCompletionSource _signal = NewSignal();

    public ValueTask WaitAsync(Func<bool> hasWork, CancellationToken cancellationToken)
    {
        var signal = Volatile.Read(ref _signal);
        if (hasWork() || cancellationToken.IsCancellationRequested)
        {
            return cancellationToken.IsCancellationRequested
                ? ValueTask.FromCanceled(cancellationToken)
                : ValueTask.CompletedTask;
        }

        return new ValueTask(signal.Task.WaitAsync(cancellationToken));
    }

    /// <summary>Wakes every parked worker; call after the new work is visible.</summary>
    public void WakeAll() => Interlocked.Exchange(ref _signal, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
