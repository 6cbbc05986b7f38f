using Microsoft.Extensions.Options;

namespace BatchEngine.Processing;

/// <summary>
/// Documents that timed out (or were stopped) while their work still runs: .NET cannot stop a thread, so a
/// reader or detector that ignores its token burns on after its worker moved on. At most
/// <see cref="BatchEngineOptions.MaxAbandonedDocuments"/> of them may run; past that, workers take no new document
/// until one ends, so abandoned work can never pile up and starve the live documents of CPU and memory.
/// </summary>
internal sealed class AbandonedWork(IOptions<BatchEngineOptions> options)
{
    private readonly int _limit = options.Value.MaxAbandonedDocuments;
    private readonly Lock _gate = new();
    private TaskCompletionSource _roomFreed = NewSignal();
    private int _running;

    /// <summary>How many abandoned tasks still run.</summary>
    public int Count => Volatile.Read(ref _running);

    /// <summary>Counts <paramref name="work"/> until it ends (observing its exception, if any).</summary>
    public void Track(Task work)
    {
        if (work.IsCompleted)
        {
            _ = work.Exception;
            return;
        }

        Interlocked.Increment(ref _running);
        _ = work.ContinueWith(
            static (ended, state) =>
            {
                _ = ended.Exception;
                ((AbandonedWork)state!).Ended();
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>True when a worker may take a new document now.</summary>
    public bool HasRoom => Count < _limit;

    /// <summary>Waits until fewer than the limit of abandoned tasks run.</summary>
    public async ValueTask WaitForRoomAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (HasRoom)
                {
                    return;
                }

                signal = _roomFreed.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Ended()
    {
        Interlocked.Decrement(ref _running);
        TaskCompletionSource freed;
        lock (_gate)
        {
            freed = _roomFreed;
            _roomFreed = NewSignal();
        }

        freed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
