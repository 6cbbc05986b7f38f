using System.Collections.Concurrent;
using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Alternatives;

/// <summary>A ConcurrentQueue whose items are counted by a SemaphoreSlim that N consumer tasks wait on.</summary>
internal static class ConcurrentQueueScheduler
{
    public static async Task RunAsync(WorkItem[] items, int workers)
    {
        var queue = new ConcurrentQueue<WorkItem>();
        using var available = new SemaphoreSlim(0);
        var consumers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            consumers[i] = Task.Run(() => ConsumeAsync(queue, available));
        }

        foreach (var item in items)
        {
            queue.Enqueue(item);
            available.Release();
        }

        // One extra permit per consumer with nothing behind it: a consumer that finds the queue empty stops.
        available.Release(workers);
        await Task.WhenAll(consumers).ConfigureAwait(false);
    }

    private static async Task ConsumeAsync(ConcurrentQueue<WorkItem> queue, SemaphoreSlim available)
    {
        while (true)
        {
            await available.WaitAsync().ConfigureAwait(false);
            if (!queue.TryDequeue(out var item))
            {
                return;
            }

            NoOpWork.Process(item);
        }
    }
}
