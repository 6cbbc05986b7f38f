using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Processing;

/// <summary>A 3-document job submitted after a 5,000-document job finishes long before it (counted in documents, not time).</summary>
public sealed class FairnessTests
{
    private const int BigJob = 5_000;

    [Theory]
    [InlineData(1, 6)]
    [InlineData(4, 400)]
    public async Task A_small_job_is_not_starved_by_a_big_one_submitted_before_it(int workers, int maxBigCompletions)
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = workers, ramBackedContent: true);

        // The big job's first documents hold every worker at the reader until the small job is queued, so
        // the comparison starts from the same point however fast or slow the machine is.
        var big = await engine.SubmitAsync(
            [.. Enumerable.Range(0, BigJob).Select(i => ScriptedTextReader.Content($"big {i}", i < workers ? "WAIT" : null))]);
        var bigJobId = big.Job!.JobId;
        await engine.WaitForJobAsync(bigJobId, _ => engine.Probe.Reading == workers);

        var small = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"), ScriptedTextReader.Content("c"));
        var smallJobId = small.Job!.JobId;
        engine.Probe.Gate.SetResult();
        await engine.WaitForJobAsync(smallJobId, s => s.Job.Status == JobStatus.Completed);
        await engine.Engine.CancelJobAsync(bigJobId);

        // In the recorded order of changes: how many big documents had completed when the small job's last
        // document completed? (None could complete before the small job was queued: the workers were held.)
        var changes = engine.Store.Changes;
        var smallLastCompletion = changes.Last(c => c.Document.JobId == smallJobId && c.Operation == "complete").Order;
        var bigDone = changes.Count(c => c.Document.JobId == bigJobId && c.Operation == "complete" && c.Order < smallLastCompletion);

        Assert.True(bigDone <= maxBigCompletions, $"{bigDone} of {BigJob} big documents completed before the small job did.");
    }
}
