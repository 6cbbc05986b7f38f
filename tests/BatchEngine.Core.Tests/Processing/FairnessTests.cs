using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Processing;

/// <summary>A 3-document job submitted after a 5,000-document job finishes long before it (counted in documents, not time).</summary>
public sealed class FairnessTests
{
    private const int BigJob = 5_000;

    [Theory]
    [InlineData(1, 8)]
    [InlineData(4, 400)]
    public async Task A_small_job_is_not_starved_by_a_big_one_submitted_before_it(int workers, int maxBigCompletionsMeanwhile)
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = workers, ramBackedContent: true);
        var big = await engine.SubmitAsync([.. Enumerable.Range(0, BigJob).Select(i => ScriptedTextReader.Content($"big {i}"))]);
        var bigJobId = big.Job!.JobId;
        await engine.WaitForJobAsync(bigJobId, s => s.Job.Completed >= 10);

        var small = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"), ScriptedTextReader.Content("c"));
        var smallJobId = small.Job!.JobId;
        await engine.WaitForJobAsync(smallJobId, s => s.Job.Status == JobStatus.Completed);
        await engine.Engine.CancelJobAsync(bigJobId);

        // In the recorded order of changes: how many big documents completed between the small job's
        // submission (its first start cannot precede it) and the small job's last completion?
        var changes = engine.Store.Changes;
        var smallFirstStart = changes.First(c => c.Document.JobId == smallJobId && c.Operation == "start").Order;
        var smallLastCompletion = changes.Last(c => c.Document.JobId == smallJobId && c.Operation == "complete").Order;
        var bigBefore = changes.Count(c => c.Document.JobId == bigJobId && c.Operation == "complete" && c.Order < smallFirstStart);
        var bigMeanwhile = changes.Count(c => c.Document.JobId == bigJobId && c.Operation == "complete"
            && c.Order > smallFirstStart && c.Order < smallLastCompletion);

        Assert.True(bigMeanwhile <= maxBigCompletionsMeanwhile, $"{bigMeanwhile} big documents completed while the small job ran.");
        Assert.True(bigBefore + bigMeanwhile < BigJob / 2, $"The big job had {bigBefore + bigMeanwhile} of {BigJob} done when the small one finished.");
    }
}
