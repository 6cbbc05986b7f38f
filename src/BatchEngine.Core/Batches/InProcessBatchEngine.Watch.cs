using System.Runtime.CompilerServices;
using BatchEngine.Jobs;

namespace BatchEngine.Batches;

/// <summary>
/// Watching: wakes on in-process change notifications, and polls slowly as well so that changes made by
/// another host (a shared Redis store) are seen too. Changes between two reads are coalesced: the watcher
/// sees the latest state, which is never behind the store.
/// </summary>
internal sealed partial class InProcessBatchEngine
{
    /// <summary>How often a watcher re-reads the job when no in-process change woke it.</summary>
    internal static readonly TimeSpan WatchFallbackPoll = TimeSpan.FromSeconds(2);

    public async IAsyncEnumerable<JobSnapshot> WatchJobAsync(string jobId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        JobSnapshot? last = null;
        while (true)
        {
            // Take the signal before reading, so a change in between still wakes us.
            var nextChange = changes.NextChange(jobId);
            var snapshot = await GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (snapshot is null)
            {
                yield break;
            }

            if (JobSnapshotChanges.HasChanged(last, snapshot))
            {
                last = snapshot;
                yield return snapshot;
            }

            if (JobStatusRules.IsTerminal(snapshot.Job.Status))
            {
                yield break;
            }

            try
            {
                await nextChange.WaitAsync(WatchFallbackPoll, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // No change seen in this process; read again in case another host made one.
            }
        }
    }
}
