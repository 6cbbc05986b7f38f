using System.Threading.Channels;
using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>The channel with N readers: first in, first out, so the small job waits behind the big one.</summary>
internal sealed class ChannelFairnessRig(FairnessWorkload workload) : IFairnessRig
{
    private readonly Channel<WorkItem> _channel = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly FairnessProbe _probe = workload.NewProbe();
    private Task[] _readers = [];

    public async Task StartAsync()
    {
        _readers = Enumerable.Range(0, workload.Workers).Select(_ => Task.Run(ReadAsync)).ToArray();
        Write(workload.BigJob);
        await _probe.WaitForBigJobAsync(FairnessWorkload.BigJobDoneBeforeSmallJob).ConfigureAwait(false);
    }

    public Task RunSmallJobAsync()
    {
        Write(workload.SmallJob);
        return _probe.SmallJobDone;
    }

    public async Task StopAsync()
    {
        _probe.Stop();
        _channel.Writer.Complete();
        await Task.WhenAll(_readers).ConfigureAwait(false);
    }

    private void Write(NoOpBatch batch)
    {
        foreach (var item in batch.Items)
        {
            _channel.Writer.TryWrite(item);
        }
    }

    private async Task ReadAsync()
    {
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                _probe.Process(item);
            }
        }
    }
}
