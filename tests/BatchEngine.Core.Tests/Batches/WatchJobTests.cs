using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Batches;

public sealed class WatchJobTests
{
    [Fact]
    public async Task Watching_yields_every_distinct_state_and_ends_after_the_terminal_one()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var submission = await engine.SubmitAsync(
            ScriptedTextReader.Content(directive: "WAIT"), ScriptedTextReader.Content("b"), ScriptedTextReader.Content(directive: "FAIL"));
        var jobId = submission.Job!.JobId;

        // Read the watch until it shows the first document held at 10%, then let it go and read to the end.
        var snapshots = new List<JobSnapshot>();
        await using var watch = engine.Engine.WatchJobAsync(jobId).GetAsyncEnumerator();
        while (await watch.MoveNextAsync().AsTask().WaitAsync(TestEngine.WaitLimit))
        {
            snapshots.Add(watch.Current);
            if (watch.Current.Documents[0] is { Status: DocumentStatus.Processing, Progress: ProgressStages.Started })
            {
                engine.Probe.Gate.TrySetResult();
            }
        }

        Assert.True(snapshots.Count >= 2);
        Assert.Equal(JobStatus.Completed, snapshots[^1].Job.Status);
        Assert.Equal(66.7, snapshots[^1].Job.Progress);
        Assert.All(snapshots.SkipLast(1), s => Assert.False(JobStatusRules.IsTerminal(s.Job.Status)));
        for (var i = 1; i < snapshots.Count; i++)
        {
            Assert.True(JobSnapshotChangesOf(snapshots[i - 1], snapshots[i]), $"Snapshot {i} repeats snapshot {i - 1}.");
            Assert.True(snapshots[i].Job.Completed >= snapshots[i - 1].Job.Completed);
        }

        Assert.True(engine.Probe.Gate.Task.IsCompleted, "The watch never showed the held document at 10%.");
    }

    [Fact]
    public async Task Watching_a_finished_job_yields_it_once()
    {
        await using var engine = TestEngine.Create();
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());
        await engine.WaitForTerminalAsync(submission.Job!.JobId);

        var snapshots = await Collect(engine.Engine.WatchJobAsync(submission.Job.JobId));

        Assert.Equal(JobStatus.Completed, Assert.Single(snapshots).Job.Status);
    }

    [Fact]
    public async Task Watching_an_unknown_job_yields_nothing()
    {
        await using var engine = TestEngine.Create();

        Assert.Empty(await Collect(engine.Engine.WatchJobAsync(Guid.NewGuid().ToString())));
    }

    [Fact]
    public async Task Watching_ends_with_the_cancelled_state_when_the_job_is_cancelled()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "HANG"), ScriptedTextReader.Content());
        var jobId = submission.Job!.JobId;
        var watching = Collect(engine.Engine.WatchJobAsync(jobId));
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Parked == 1);

        await engine.Engine.CancelJobAsync(jobId);

        var snapshots = await watching.WaitAsync(TestEngine.WaitLimit);
        Assert.Equal(JobStatus.Cancelled, snapshots[^1].Job.Status);
    }

    private static bool JobSnapshotChangesOf(JobSnapshot previous, JobSnapshot current) =>
        BatchEngine.Batches.JobSnapshotChanges.HasChanged(previous, current);

    private static async Task<List<JobSnapshot>> Collect(IAsyncEnumerable<JobSnapshot> snapshots)
    {
        var all = new List<JobSnapshot>();
        await foreach (var snapshot in snapshots)
        {
            all.Add(snapshot);
        }

        return all;
    }
}
