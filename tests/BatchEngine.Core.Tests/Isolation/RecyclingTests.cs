using System.Diagnostics;
using BatchEngine.Isolation.Host;
using BatchEngine.Tests.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Isolation;

[Collection(ProcessWideMeasurements.Name)]
public sealed class RecyclingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Processes_are_recycled_and_the_host_keeps_flat_memory_and_handles()
    {
        await using var pool = IsolationTestKit.Pool(size: 2, documentsPerProcess: 5);
        var content = Corpus.Bytes("real/pdfjs_file_pdfjs_test.pdf");
        await ReadManyAsync(pool, content, 10);
        var (heapBefore, handlesBefore) = Measure();

        await ReadManyAsync(pool, content, 100);

        // Retired children exit on their own a moment after their input closes; give them that moment.
        var (heapAfter, handlesAfter) = Measure();
        for (var waited = 0; handlesAfter - handlesBefore >= 10 && waited < 60; waited++)
        {
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            (heapAfter, handlesAfter) = Measure();
        }

        output.WriteLine($"managed heap {heapBefore / 1024} KiB -> {heapAfter / 1024} KiB; open handles {handlesBefore} -> {handlesAfter}; "
            + $"processes started {pool.ProcessesStarted}, recycled {pool.ProcessesRecycled}");
        Assert.True(pool.ProcessesRecycled >= 20, $"only {pool.ProcessesRecycled} recycled");
        Assert.Equal(0, pool.ProcessesKilled);
        Assert.True(heapAfter - heapBefore < 4L << 20, $"the host's heap grew by {(heapAfter - heapBefore) / 1024} KiB over 100 documents");
        Assert.True(handlesAfter - handlesBefore < 10, $"open handles grew from {handlesBefore} to {handlesAfter}");
    }

    private static async Task ReadManyAsync(ExtractionProcessPool pool, byte[] content, int count)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (_, _) =>
            await IsolationTestKit.ReadAsync(pool, content));
    }

    private static (long Heap, int Handles) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), self.HandleCount);
    }
}
