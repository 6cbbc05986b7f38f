using BatchEngine.Batches;
using BatchEngine.Storage;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 4: the delete script's retry (same operation id, after a first try that ran but whose answer
/// was lost) found no job and answered 0, so <c>DELETE /jobs/{id}</c> answered 404 for a delete that happened.
/// A short-lived tombstone of the operation now answers 1 to that retry; any other delete of the id is a 404.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RetriedDeleteTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task A_delete_whose_answer_was_lost_answers_success_and_unknown_ids_still_answer_not_found()
    {
        await using var provider = LostAnswers.Engine(fixture);
        var engine = provider.GetRequiredService<IBatchEngine>();
        var store = provider.GetRequiredService<IJobStore>();
        var work = await TestJobs.CreateAsync(store, 2);

        await LostAnswers.PauseWritesAsync(fixture);
        Assert.True(await engine.DeleteJobAsync(work.JobId));

        Assert.Null(await store.GetJobAsync(work.JobId, CancellationToken.None));
        Assert.False(await engine.DeleteJobAsync(work.JobId));
        Assert.False(await engine.DeleteJobAsync(Guid.NewGuid().ToString("D")));
    }
}
