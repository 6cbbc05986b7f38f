using BatchEngine.Jobs;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 7: a timed-out document whose reader ignores cancellation runs on after its worker moved on,
/// and nothing bounded how many such abandoned tasks piled up. Now, past
/// <see cref="BatchEngineOptions.MaxAbandonedDocuments"/>, workers take no new document until one ends.
/// </summary>
public sealed class AbandonedWorkBoundTests
{
    [Fact]
    public async Task A_worker_takes_no_new_document_while_the_abandoned_limit_is_reached_and_goes_on_once_one_ends()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(
            o => { o.WorkerCount = 1; o.DocumentTimeout = TimeSpan.FromSeconds(5); o.MaxAbandonedDocuments = 1; }, time);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "STUCK"), ScriptedTextReader.Content("next"));
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Stuck == 1);

        time.Advance(TimeSpan.FromSeconds(5));
        await engine.WaitForJobAsync(jobId, s => s.Documents[0].Status == DocumentStatus.Failed);
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // room for the worker to (wrongly) start the next one
        var held = await engine.Engine.GetJobAsync(jobId);

        Assert.Equal(DocumentStatus.Pending, held!.Documents[1].Status);
        Assert.Equal(1, engine.Probe.Stuck);

        engine.Probe.Unstick();
        var done = await engine.WaitForTerminalAsync(jobId);
        Assert.Equal(DocumentStatus.Completed, done.Documents[1].Status);
    }
}
