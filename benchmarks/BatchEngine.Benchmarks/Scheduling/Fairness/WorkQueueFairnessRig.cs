using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>BatchEngine's queue: workers move round-robin across active jobs, so the small job gets a worker at once.</summary>
internal sealed class WorkQueueFairnessRig(FairnessWorkload workload, IWorkQueue queue) : IFairnessRig, IDisposable
{
    private readonly FairnessProbe _probe = workload.NewProbe();
    private readonly CancellationTokenSource _stop = new();
    private Task[] _workers = [];

    public async Task StartAsync()
    {
        _workers = Enumerable.Range(0, workload.Workers).Select(_ => Task.Run(WorkAsync)).ToArray();
        await queue.EnqueueAsync(workload.BigJob.Jobs[0], CancellationToken.None).ConfigureAwait(false);
        await _probe.WaitForBigJobAsync(FairnessWorkload.BigJobDoneBeforeSmallJob).ConfigureAwait(false);
    }

    public async Task RunSmallJobAsync()
    {
        await queue.EnqueueAsync(workload.SmallJob.Jobs[0], CancellationToken.None).ConfigureAwait(false);
        await _probe.SmallJobDone.ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        _probe.Stop();
        await queue.CancelJobAsync(workload.BigJob.Jobs[0].JobId, CancellationToken.None).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_workers).WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);
    }

    public void Dispose() => _stop.Dispose();

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            while (queue.TryClaim(out var item))
            {
                _probe.Process(item);
                await queue.AcknowledgeAsync(item, CancellationToken.None).ConfigureAwait(false);
            }

            try
            {
                await queue.WaitForWorkAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
