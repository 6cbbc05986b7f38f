using BatchEngine.Jobs;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Processing;

public sealed class TimeoutTests
{
    [Theory]
    [InlineData("HANG")]
    [InlineData("STUCK")]
    public async Task A_document_over_the_timeout_fails_with_a_clear_error_and_its_worker_moves_on(string directive)
    {
        // STUCK ignores cancellation and blocks its thread: the worker must still be freed.
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(o => { o.WorkerCount = 1; o.DocumentTimeout = TimeSpan.FromSeconds(5); }, time);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: directive), ScriptedTextReader.Content("next"));
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Reading == 1);

        time.Advance(TimeSpan.FromSeconds(5));
        var done = await engine.WaitForTerminalAsync(jobId);

        var timedOut = done.Documents[0];
        Assert.Equal(DocumentStatus.Failed, timedOut.Status);
        Assert.Equal(0.0, timedOut.Progress);
        Assert.Equal("TimeoutException: Document processing exceeded the timeout of 00:00:05.", timedOut.Error);
        Assert.Equal(DocumentStatus.Completed, done.Documents[1].Status);
        Assert.Equal(JobStatus.Completed, done.Job.Status);
        if (directive == "STUCK")
        {
            Assert.Equal(1, engine.Probe.Stuck);
        }
    }

    [Fact]
    public async Task A_document_under_the_timeout_is_not_affected()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(o => o.DocumentTimeout = TimeSpan.FromSeconds(5), time);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "WAIT"));
        await engine.WaitForJobAsync(submission.Job!.JobId, _ => engine.Probe.Reading == 1);

        time.Advance(TimeSpan.FromSeconds(4));
        engine.Probe.Gate.SetResult();

        var done = await engine.WaitForTerminalAsync(submission.Job.JobId);
        Assert.Equal(DocumentStatus.Completed, done.Documents[0].Status);
    }
}
