using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>
/// N no-op workers on an <see cref="IWorkQueue"/>: claim, process, acknowledge, park when empty; the
/// scheduler's own path with nothing of the pipeline around it. The run ends once every expected
/// document is acknowledged.
/// </summary>
internal sealed class WorkQueueDrain : IDisposable
{
    // A lost wake-up in a queue would otherwise hang the benchmark (and CI) instead of failing it.
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(2);

    private readonly IWorkQueue _queue;
    private readonly int _expected;
    private readonly CancellationTokenSource _finished = new();
    private int _acknowledged;

    private WorkQueueDrain(IWorkQueue queue, int expected)
    {
        _queue = queue;
        _expected = expected;
    }

    /// <summary>Starts the workers, enqueues the jobs (the workers consume while later jobs arrive), waits for the last acknowledgement.</summary>
    public static async Task RunAsync(IWorkQueue queue, IReadOnlyList<JobWork> jobs, int documents, int workers)
    {
        using var drain = new WorkQueueDrain(queue, documents);
        var running = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            running[i] = Task.Run(drain.WorkAsync);
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            await queue.EnqueueAsync(jobs[i], CancellationToken.None).ConfigureAwait(false);
        }

        await Task.WhenAll(running).WaitAsync(Watchdog).ConfigureAwait(false);
    }

    public void Dispose() => _finished.Dispose();

    private async Task WorkAsync()
    {
        while (true)
        {
            // Count locally and publish only when the queue runs dry, so the workers do not contend on a
            // shared counter per document (the channel's readers do not count either).
            var local = 0;
            while (_queue.TryClaim(out var item))
            {
                NoOpWork.Process(item);
                await _queue.AcknowledgeAsync(item, CancellationToken.None).ConfigureAwait(false);
                local++;
            }

            if (local > 0 && Interlocked.Add(ref _acknowledged, local) == _expected)
            {
                await _finished.CancelAsync().ConfigureAwait(false);
                return;
            }

            try
            {
                await _queue.WaitForWorkAsync(_finished.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_finished.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
