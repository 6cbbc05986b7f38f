using System.Collections.Concurrent;

namespace BatchEngine.Batches;

/// <summary>
/// In-process "job changed" notifications for watchers. Whoever changes a job in this process calls
/// <see cref="Notify"/>; a watcher takes <see cref="NextChange"/> before reading the job, so a change made
/// between its read and its wait still wakes it. Changes made by another host are not seen here; watchers
/// also poll slowly for those.
/// </summary>
internal sealed class JobChangeFeed
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the job's next change.</summary>
    public Task NextChange(string jobId) =>
        _signals.GetOrAdd(jobId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(string jobId)
    {
        if (_signals.TryRemove(jobId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
