using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Storage.Redis.Queue;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 4: a transition script whose answer is lost (the client timed out, but Redis ran it) is
/// retried with the same operation id. The cancel script answered 0 on that retry, because the job was
/// cancelled by then, so the engine answered 409 for a cancel that happened and skipped stopping the job's
/// running documents. <see cref="LostAnswers"/> loses the answer for real.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RetriedCancelTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task A_cancel_whose_answer_was_lost_answers_success_and_still_stops_the_job_on_this_host()
    {
        await using var provider = LostAnswers.Engine(fixture);
        var engine = provider.GetRequiredService<IBatchEngine>();
        var store = provider.GetRequiredService<IJobStore>();
        var queue = (RedisWorkQueue)provider.GetRequiredService<IWorkQueue>();
        var work = await TestJobs.CreateAsync(store, 2);
        Assert.True(await store.TryStartDocumentAsync(work.DocIds[0], CancellationToken.None));

        await LostAnswers.PauseWritesAsync(fixture);
        Assert.True(await engine.CancelJobAsync(work.JobId));

        Assert.True(queue.IsCancelledHere(work.JobId), "the engine went on to stop the job's work on this host");
        var job = await store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Cancelled, job!.Status);
        // A new cancel of the cancelled job is still refused: only the retry of the same operation succeeds.
        Assert.False(await engine.CancelJobAsync(work.JobId));
    }

    [Fact]
    public async Task A_fail_job_whose_answer_was_lost_answers_success_and_a_new_one_is_refused()
    {
        await using var provider = LostAnswers.Engine(fixture);
        var store = provider.GetRequiredService<IJobStore>();
        var work = await TestJobs.CreateAsync(store, 2);

        await LostAnswers.PauseWritesAsync(fixture);
        Assert.True(await store.FailJobAsync(work.JobId, "IOException: storage is gone", CancellationToken.None));

        var job = await store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal((JobStatus.Failed, "IOException: storage is gone", 2), (job!.Status, job.Error, job.Failed));
        Assert.False(await store.FailJobAsync(work.JobId, "again", CancellationToken.None));
    }
}
