using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Alternatives;

/// <summary>One Task.Run per document, at most N running at once (a SemaphoreSlim gate), then Task.WhenAll.</summary>
internal static class TaskPerDocumentScheduler
{
    public static async Task RunAsync(WorkItem[] items, int workers)
    {
        using var gate = new SemaphoreSlim(workers);
        var tasks = new Task[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            await gate.WaitAsync().ConfigureAwait(false);
            var item = items[i];
            tasks[i] = Task.Run(() =>
            {
                try
                {
                    NoOpWork.Process(item);
                }
                finally
                {
                    gate.Release();
                }
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }
}
