using BatchEngine.Batches;
using BatchEngine.Isolation;
using BatchEngine.Isolation.Child;
using BatchEngine.Isolation.Host;
using BatchEngine.Jobs;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 8: one-off classifications share the extraction children with the batch workers, and a batch
/// document's timeout ran while it waited for a free child, so a few callers with hanging PDFs made queued batch
/// documents fail on timeout. Now the wait is not charged to the document.
/// </summary>
public sealed class WaitingForAnExtractionChildTests
{
    [Fact]
    public async Task A_batch_document_waiting_for_a_busy_child_does_not_time_out_and_is_read_once_the_child_is_free()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(
            o =>
            {
                o.WorkerCount = 1;
                o.DocumentTimeout = TimeSpan.FromSeconds(5);
                o.Isolation.PoolSize = 1;
                o.Isolation.AllowFaultInjection = true;
                o.Isolation.ExtractionTimeout = TimeSpan.FromMinutes(2);
            },
            time);
        var pool = engine.Services.GetRequiredService<ExtractionProcessPool>();

        // Someone else (as POST /classify would) holds the only child with a PDF that hangs.
        using var holder = new CancellationTokenSource();
        var hanging = pool.ReadAsync(ExtractionFaults.DocumentWith(ExtractionFault.Hang), ReadingLimits.From(new BatchEngineOptions()), holder.Token);
        await Eventually(() => pool.ProcessesStarted == 1);

        var submission = await engine.Engine.SubmitAsync(TestEngine.Files([("paper.pdf", Corpus.Bytes("real/pypdf_bytes.pdf"))]));
        await Eventually(() => pool.ReadsWaiting == 1);
        time.Advance(TimeSpan.FromSeconds(30)); // far past the document's own timeout, all of it spent waiting

        await holder.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging);
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Equal(DocumentStatus.Completed, done.Documents[0].Status);
        Assert.Null(done.Documents[0].Error);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TestEngine.WaitLimit, "The condition never held.");
            await Task.Delay(10);
        }
    }
}
