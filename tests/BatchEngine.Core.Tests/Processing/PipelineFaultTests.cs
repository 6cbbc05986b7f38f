using System.Diagnostics;
using BatchEngine.Classification;
using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BatchEngine.Tests.Processing;

public sealed class PipelineFaultTests
{
    [Fact]
    public async Task A_document_whose_content_is_gone_fails_with_the_reason_and_the_rest_completes()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var blocker = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "WAIT"));
        await engine.WaitForJobAsync(blocker.Job!.JobId, _ => engine.Probe.Parked == 1);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"));
        var content = engine.Services.GetRequiredService<IDocumentContentStore>();
        await content.DeleteDocumentAsync(submission.Job!.JobId, submission.Documents[0].DocId, CancellationToken.None);

        engine.Probe.Gate.SetResult();
        var done = await engine.WaitForTerminalAsync(submission.Job.JobId);

        Assert.Equal(DocumentStatus.Failed, done.Documents[0].Status);
        Assert.StartsWith("FileNotFoundException: ", done.Documents[0].Error, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Completed, done.Documents[1].Status);
        Assert.Equal(JobStatus.Completed, done.Job.Status);
    }

    [Fact]
    public async Task Without_a_classifier_documents_fail_with_a_message_saying_what_to_register()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TestProbe>();
        services.AddBatchEngine(o => o.JobRetention = null).AddReader<ScriptedTextReader>();
        services.RemoveAll<IClassifier>(); // whatever AddBatchEngine() brings by default
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IBatchEngine>();

        var submission = await engine.SubmitAsync(TestEngine.Files([("a.txt", ScriptedTextReader.Content())]));
        var waited = Stopwatch.StartNew();
        JobSnapshot? job;
        do
        {
            Assert.True(waited.Elapsed < TestEngine.WaitLimit, "The document never failed.");
            await Task.Delay(5);
            job = await engine.GetJobAsync(submission.Job!.JobId);
        }
        while (job!.Job.Status != JobStatus.Failed);

        Assert.Equal(
            "InvalidOperationException: No IClassifier is registered. Call AddBatchEngine() with the default classifier or AddClassifier<T>().",
            job.Documents[0].Error);
    }

    [Fact]
    public async Task A_job_store_outage_does_not_kill_the_worker_or_lose_the_document()
    {
        var flaky = default(FlakyStartJobStore);
        await using var engine = CreateEngineWith(inner => flaky = new FlakyStartJobStore(inner, failures: 2));

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Equal(JobStatus.Completed, done.Job.Status);
        Assert.All(done.Documents, d => Assert.Equal(DocumentStatus.Completed, d.Status));
        Assert.Equal(2, flaky!.Thrown);
    }

    [Fact]
    public async Task A_store_failure_during_a_run_sends_the_document_back_to_pending_instead_of_failing_it()
    {
        var flaky = default(FlakyProgressJobStore);
        await using var engine = CreateEngineWith(inner => flaky = new FlakyProgressJobStore(inner, failures: 1));

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        var document = Assert.Single(done.Documents);
        Assert.Equal(1, flaky!.Thrown);
        Assert.Equal(DocumentStatus.Completed, document.Status);
        Assert.Null(document.Error);
        Assert.Equal(2, document.Attempts); // the run the outage broke, and the one that finished it
    }

    [Fact]
    public async Task A_document_whose_release_also_fails_goes_back_to_pending_once_the_store_answers()
    {
        var flaky = default(FlakyProgressAndReleaseJobStore);
        await using var engine = CreateEngineWith(inner => flaky = new FlakyProgressAndReleaseJobStore(inner, releaseFailures: 2));

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        var document = Assert.Single(done.Documents);
        Assert.Equal(2, flaky!.ReleasesThrown);
        Assert.Equal(DocumentStatus.Completed, document.Status);
        Assert.Equal(2, document.Attempts);
    }

    /// <summary>One worker over the recording store wrapped by a fault-injecting one.</summary>
    private static TestEngine CreateEngineWith(Func<IJobStore, IJobStore> wrap) =>
        TestEngine.Create(
            o => o.WorkerCount = 1,
            services: s => s.AddSingleton<IJobStore>(sp => wrap(sp.GetRequiredService<RecordingJobStore>())));

    /// <summary>A store whose first few calls of one kind throw (a fault a test cannot cause for real in memory).</summary>
    private abstract class FlakyJobStore(IJobStore inner, int failures) : DelegatingJobStore(inner)
    {
        private int _calls;

        public int Thrown => Math.Min(Volatile.Read(ref _calls), failures);

        protected bool NextCallFails() => Interlocked.Increment(ref _calls) <= failures;
    }

    /// <summary>Its first progress reports throw, as a database timing out mid-run would.</summary>
    private sealed class FlakyProgressJobStore(IJobStore inner, int failures) : FlakyJobStore(inner, failures)
    {
        public override Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken) =>
            NextCallFails() ? throw new TimeoutException("The store did not answer.") : Inner.ReportProgressAsync(docId, progress, cancellationToken);
    }

    /// <summary>
    /// Its first progress report throws, and so do the releases that follow it: the store is still down when the
    /// pipeline tries to put the document back, as at the start of a Redis outage.
    /// </summary>
    private sealed class FlakyProgressAndReleaseJobStore(IJobStore inner, int releaseFailures) : FlakyJobStore(inner, failures: 1)
    {
        private int _releases;

        public int ReleasesThrown => Math.Min(Volatile.Read(ref _releases), releaseFailures);

        public override Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken) =>
            NextCallFails() ? throw new TimeoutException("The store did not answer.") : Inner.ReportProgressAsync(docId, progress, cancellationToken);

        public override Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _releases) <= releaseFailures ? throw new TimeoutException("The store did not answer.") : Inner.ReleaseDocumentAsync(docId, cancellationToken);
    }

    /// <summary>Its first starts throw, as an unreachable database would.</summary>
    private sealed class FlakyStartJobStore(IJobStore inner, int failures) : FlakyJobStore(inner, failures)
    {
        public override Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken) =>
            NextCallFails() ? throw new IOException("The store is unreachable.") : Inner.TryStartDocumentAsync(docId, cancellationToken);
    }
}
