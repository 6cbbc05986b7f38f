using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Processing;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_job_stops_its_running_documents_and_its_pending_ones_never_start()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var submission = await engine.SubmitAsync([.. Enumerable.Range(0, 6).Select(_ => ScriptedTextReader.Content(directive: "WAIT"))]);
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Reading == 2);

        Assert.True(await engine.Engine.CancelJobAsync(jobId));
        var done = await engine.WaitForTerminalAsync(jobId);

        Assert.Equal(JobStatus.Cancelled, done.Job.Status);
        Assert.All(done.Documents, d => Assert.Equal(DocumentStatus.Cancelled, d.Status));
        Assert.Equal(6, done.Job.Cancelled);
        Assert.Equal((0, 0), (done.Job.Completed, done.Job.Failed));
        Assert.Equal(2, engine.Store.Changes.Count(c => c.Operation == "start"));
        Assert.Empty(engine.Probe.Classified);
        Assert.False(await engine.Engine.CancelJobAsync(jobId));
    }

    [Fact]
    public async Task Workers_go_on_with_other_jobs_after_a_cancel()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var cancelled = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "HANG"), ScriptedTextReader.Content());
        await engine.WaitForJobAsync(cancelled.Job!.JobId, s => s.Documents[0].Status == DocumentStatus.Processing);
        var next = await engine.SubmitAsync(ScriptedTextReader.Content("after"));

        await engine.Engine.CancelJobAsync(cancelled.Job.JobId);

        var done = await engine.WaitForTerminalAsync(next.Job!.JobId);
        Assert.Equal(JobStatus.Completed, done.Job.Status);
        Assert.Equal(DocumentStatus.Cancelled, (await engine.Engine.GetDocumentAsync(cancelled.Documents[0].DocId))!.Status);
    }

    [Fact]
    public async Task Unknown_and_finished_jobs_cannot_be_cancelled()
    {
        await using var engine = TestEngine.Create();
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());
        await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.False(await engine.Engine.CancelJobAsync(submission.Job.JobId));
        Assert.False(await engine.Engine.CancelJobAsync(Guid.NewGuid().ToString()));
        Assert.False(await engine.Engine.CancelJobAsync("not-a-guid"));
        Assert.Equal(JobStatus.Completed, (await engine.Engine.GetJobAsync(submission.Job.JobId))!.Job.Status);
    }
}
