using BatchEngine.Jobs;
using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Fairness;

/// <summary>
/// The in-process scheduler's promises across two hosts sharing one redis-server: round-robin across jobs
/// of equal priority, higher priority first, a cancel that stops claims at once.
/// </summary>
public abstract class TwoHostFairnessTests(ITestOutputHelper output)
{
    private const int Workers = 2;

    // What two hosts may have taken before a change reaches them: each worker's running document plus the
    // document it buffered ahead (PrefetchPerWorker = 1).
    private const int InFlightBound = 2 * Workers * 2;

    /// <summary>The Redis both hosts share: one server, or a cluster.</summary>
    protected abstract string ConnectionString { get; }

    [Fact]
    public async Task A_three_document_job_behind_a_five_thousand_document_job_finishes_long_before_it_and_a_cancel_stops_claims_at_once()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = await EngineHost.StartAsync(ConnectionString, prefix, "host-a", Workers);
        await using var b = await EngineHost.StartAsync(ConnectionString, prefix, "host-b", Workers);

        var big = await a.SubmitTextAsync(5_000);
        await Eventually.HoldsAsync(() => a.JobAsync(big), j => j.Completed + j.Failed >= 20, "the big job is under way");
        var small = await b.SubmitTextAsync(3);
        var smallDone = await Eventually.HoldsAsync(() => b.JobAsync(small), j => JobStatusRules.IsTerminal(j.Status), "the small job finishes");
        var bigThen = await a.JobAsync(big);
        output.WriteLine($"Small job {smallDone.Status} while the big one had {bigThen.Completed + bigThen.Failed} of 5000 done.");
        Assert.Equal((JobStatus.Completed, 3), (smallDone.Status, smallDone.Completed));
        Assert.True(bigThen.Completed + bigThen.Failed < 2_500, $"The big job was {bigThen.Completed + bigThen.Failed} of 5000 done when the small one finished.");

        // Cancel the big job (this also ends the test quickly): only what was running or buffered may still finish.
        Assert.True(await a.Engine.CancelJobAsync(big));
        var atCancel = await a.JobAsync(big);
        Assert.Equal(JobStatus.Cancelled, atCancel.Status);
        await Task.Delay(TimeSpan.FromSeconds(1)); // lets any claim that would wrongly slip through run
        var after = await a.JobAsync(big);
        output.WriteLine($"At the cancel {atCancel.Completed} completed; a second later {after.Completed}.");
        Assert.InRange(after.Completed + after.Failed - (atCancel.Completed + atCancel.Failed), 0, InFlightBound);
        Assert.Equal(5_000, after.Completed + after.Failed + after.Cancelled);
    }

    [Fact]
    public async Task A_priority_ten_job_overtakes_a_priority_zero_job_on_both_hosts()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = await EngineHost.StartAsync(ConnectionString, prefix, "host-a", Workers);
        await using var b = await EngineHost.StartAsync(ConnectionString, prefix, "host-b", Workers);

        var low = await a.SubmitTextAsync(1_500, priority: 0);
        await Eventually.HoldsAsync(() => a.JobAsync(low), j => j.Completed + j.Failed >= 20, "the priority-0 job is under way");
        var high = await b.SubmitTextAsync(40, priority: 10);
        var highDone = await Eventually.HoldsAsync(() => b.JobAsync(high), j => JobStatusRules.IsTerminal(j.Status), "the priority-10 job finishes");
        Assert.Equal((JobStatus.Completed, 40), (highDone.Status, highDone.Completed));

        // From the stored times: the low job's documents that ended between the high job's first and last
        // document's end. Only documents already running or buffered on the two hosts may (sharing
        // round-robin would have ended about as many as the high job meanwhile).
        var highDocs = (await b.Engine.GetJobAsync(high))!.Documents;
        var highStarted = highDocs.Min(d => d.UpdatedAt);
        var highFinished = highDocs.Max(d => d.UpdatedAt);
        var lowDocs = (await a.Engine.GetJobAsync(low))!.Documents;
        var lowMeanwhile = lowDocs.Count(d => d.Status is DocumentStatus.Completed or DocumentStatus.Failed && d.UpdatedAt > highStarted && d.UpdatedAt <= highFinished);
        output.WriteLine($"While the priority-10 job ran ({(highFinished - highStarted).TotalMilliseconds:F0} ms), the priority-0 job ended {lowMeanwhile} documents.");
        Assert.True(lowMeanwhile <= InFlightBound, $"The priority-0 job ended {lowMeanwhile} documents while the 40 of priority 10 ran.");
        Assert.True(await a.Engine.CancelJobAsync(low));
    }
}
