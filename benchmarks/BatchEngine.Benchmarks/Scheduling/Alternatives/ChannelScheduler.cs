using System.Threading.Channels;
using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Alternatives;

/// <summary>The usual hand-written scheduler: an unbounded channel with N reader tasks (the suite's baseline).</summary>
internal static class ChannelScheduler
{
    public static async Task RunAsync(WorkItem[] items, int workers)
    {
        var channel = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions
        {
            SingleWriter = true,
            SingleReader = workers == 1,
        });
        var readers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            readers[i] = Task.Run(() => ReadAllAsync(channel.Reader));
        }

        foreach (var item in items)
        {
            channel.Writer.TryWrite(item);
        }

        channel.Writer.Complete();
        await Task.WhenAll(readers).ConfigureAwait(false);
    }

    private static async Task ReadAllAsync(ChannelReader<WorkItem> reader)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                NoOpWork.Process(item);
            }
        }
    }
}
