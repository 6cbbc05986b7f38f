using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>
/// What every fairness rig's workers do with a document: the simulated work, then counting it for the
/// big job (so setup knows the big job is running) or for the small job (whose last document ends the
/// measured operation).
/// </summary>
internal sealed class FairnessProbe
{
    private readonly string _smallJobId;
    private readonly int _smallJobSize;
    private readonly TaskCompletionSource _smallJobDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _bigDone;
    private int _smallDone;
    private volatile bool _stopping;

    public FairnessProbe(string smallJobId, int smallJobSize)
    {
        _smallJobId = smallJobId;
        _smallJobSize = smallJobSize;
    }

    public Task SmallJobDone => _smallJobDone.Task;

    /// <summary>After the measurement the rest of the big job is drained without its simulated work.</summary>
    public void Stop() => _stopping = true;

    public void Process(in WorkItem item)
    {
        if (!_stopping)
        {
            SimulatedDocumentWork.Run();
        }

        if (ReferenceEquals(item.JobId, _smallJobId))
        {
            if (Interlocked.Increment(ref _smallDone) == _smallJobSize)
            {
                _smallJobDone.TrySetResult();
            }
        }
        else
        {
            Interlocked.Increment(ref _bigDone);
        }
    }

    /// <summary>Waits (setup only, never measured) until the big job has this many documents done.</summary>
    public async Task WaitForBigJobAsync(int documents)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (Volatile.Read(ref _bigDone) < documents)
        {
            await Task.Delay(1, timeout.Token).ConfigureAwait(false);
        }
    }
}
