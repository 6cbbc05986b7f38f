using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Processing;

public sealed class GracefulStopTests
{
    [Fact]
    public async Task Stopping_lets_in_flight_documents_finish_and_claims_nothing_new()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var submission = await engine.SubmitAsync(
            ScriptedTextReader.Content(directive: "WAIT"),
            ScriptedTextReader.Content(directive: "WAIT"),
            ScriptedTextReader.Content(),
            ScriptedTextReader.Content());
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Reading == 2);

        var stopping = engine.Runtime.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        engine.Probe.Gate.SetResult();
        await stopping.WaitAsync(TestEngine.WaitLimit);

        var after = (await engine.Engine.GetJobAsync(jobId))!;
        Assert.Equal([DocumentStatus.Completed, DocumentStatus.Completed, DocumentStatus.Pending, DocumentStatus.Pending], after.Documents.Select(d => d.Status));
        Assert.Equal(JobStatus.Processing, after.Job.Status);
    }

    [Theory]
    [InlineData("HANG")]
    [InlineData("STUCK")]
    public async Task When_the_stop_token_fires_in_flight_documents_go_back_to_pending_and_to_the_queue(string directive)
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var submission = await engine.SubmitAsync(
            ScriptedTextReader.Content(directive: directive),
            ScriptedTextReader.Content(directive: directive),
            ScriptedTextReader.Content());
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Reading == 2);

        using var stopToken = new CancellationTokenSource();
        var stopping = engine.Runtime.StopAsync(stopToken.Token);
        await stopToken.CancelAsync();
        await stopping.WaitAsync(TestEngine.WaitLimit);

        var after = (await engine.Engine.GetJobAsync(jobId))!;
        Assert.DoesNotContain(after.Documents, d => d.Status == DocumentStatus.Processing);
        Assert.All(after.Documents.Take(2), d =>
        {
            Assert.Equal(DocumentStatus.Pending, d.Status);
            Assert.Equal(0.0, d.Progress);
            Assert.Equal(1, d.Attempts);
        });
        Assert.Equal(JobStatus.Pending, after.Job.Status);

        // Everything not done is still claimable, so a restarted engine (or another host) picks it up.
        var queue = engine.Services.GetRequiredService<IWorkQueue>();
        var claimable = new List<string>();
        while (queue.TryClaim(out var item))
        {
            claimable.Add(item.DocId);
        }

        Assert.Equal(after.Documents.Select(d => d.DocId).Order(), claimable.Order());
    }

    [Fact]
    public async Task Disposing_the_engine_releases_in_flight_documents_at_once()
    {
        var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var store = engine.Store;
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "HANG"));
        await engine.WaitForJobAsync(submission.Job!.JobId, _ => engine.Probe.Reading == 1);

        await engine.DisposeAsync();

        var document = await store.GetDocumentAsync(submission.Documents[0].DocId, CancellationToken.None);
        Assert.Equal(DocumentStatus.Pending, document!.Status);
        Assert.Contains(store.Changes, c => c.Operation == "release");
    }
}
