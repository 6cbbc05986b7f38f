using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Processing;

/// <summary>The type is sniffed once, at submit; the worker reads with the stored type and never sniffs again.</summary>
public sealed class SniffOnceTests
{
    [Fact]
    public async Task Each_document_is_sniffed_at_submit_and_not_again_by_its_worker()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"), ScriptedTextReader.Content("c"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.All(done.Documents, d => Assert.Equal(DocumentStatus.Completed, d.Status));
        Assert.All(done.Documents, d => Assert.Equal(ScriptedTextReader.MediaTypeName, d.MediaType));
        Assert.Equal(3, engine.Probe.Sniffed);
    }

    [Fact]
    public async Task A_queue_that_does_not_carry_the_type_still_reads_with_the_stored_type_without_sniffing()
    {
        await using var engine = TestEngine.Create(
            o => o.WorkerCount = 1,
            services: s => s.AddSingleton<IWorkQueue>(new TypeDroppingQueue(new LockFreeWorkQueue())));
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.All(done.Documents, d => Assert.Equal(DocumentStatus.Completed, d.Status));
        Assert.Equal(2, engine.Probe.Sniffed);
    }

    /// <summary>A queue that hands out work without its media type, as a queue keeping only ids does.</summary>
    private sealed class TypeDroppingQueue(IWorkQueue inner) : IWorkQueue
    {
        public ValueTask EnqueueAsync(JobWork work, CancellationToken cancellationToken) => inner.EnqueueAsync(work, cancellationToken);

        public bool TryClaim(out WorkItem item)
        {
            var claimed = inner.TryClaim(out item);
            item = item with { MediaType = null };
            return claimed;
        }

        public ValueTask WaitForWorkAsync(CancellationToken cancellationToken) => inner.WaitForWorkAsync(cancellationToken);

        public ValueTask AcknowledgeAsync(WorkItem item, CancellationToken cancellationToken) => inner.AcknowledgeAsync(item, cancellationToken);

        public ValueTask ReleaseAsync(WorkItem item, CancellationToken cancellationToken) => inner.ReleaseAsync(item, cancellationToken);

        public ValueTask CancelJobAsync(string jobId, CancellationToken cancellationToken) => inner.CancelJobAsync(jobId, cancellationToken);
    }
}
