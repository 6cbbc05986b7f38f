using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Tests.Infrastructure;
using StackExchange.Redis;

namespace BatchEngine.Tests.Storage;

/// <summary>What only the Redis store has: races across connections, TTL retention, key prefixes, stored JSON.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisJobStoreTests(RedisServerFixture fixture)
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix();

    [Fact]
    public async Task Many_hosts_racing_on_every_document_count_each_one_exactly_once()
    {
        const int Documents = 40;
        var nodes = Enumerable.Range(0, 4).Select(i => NewNode($"racer-{i}")).ToList();
        try
        {
            var work = await TestJobs.CreateAsync(nodes[0].Store, Documents);
            var wins = 0;
            // 4 connections x 4 tasks each try to start, advance and finish every document; half of them fail it.
            var racers = Enumerable.Range(0, 16).Select(r => Task.Run(async () =>
            {
                var store = nodes[r % nodes.Count].Store;
                foreach (var (docId, i) in work.DocIds.Select((d, i) => (d, i)))
                {
                    await store.TryStartDocumentAsync(docId, CancellationToken.None);
                    await store.ReportProgressAsync(docId, ProgressStages.DetectorsCompleted, CancellationToken.None);
                    await store.ReportProgressAsync(docId, ProgressStages.DocumentLoaded, CancellationToken.None);
                    var won = i % 2 == 0
                        ? await store.CompleteDocumentAsync(docId, TestJobs.Result(docId, $"racer {r}"), CancellationToken.None)
                        : await store.FailDocumentAsync(docId, $"InvalidDataException: racer {r}", CancellationToken.None);
                    if (won)
                    {
                        Interlocked.Increment(ref wins);
                    }
                }
            })).ToArray();
            await Task.WhenAll(racers);

            var job = await nodes[0].Store.GetJobAsync(work.JobId, CancellationToken.None);
            var docs = await nodes[0].Store.GetDocumentsAsync(work.JobId, CancellationToken.None);
            Assert.Equal(Documents, wins);
            Assert.Equal((JobStatus.Completed, Documents / 2, Documents / 2), (job!.Status, job.Completed, job.Failed));
            Assert.Equal(50.0, job.Progress); // half at 100, half failed at 0
            Assert.All(docs, d => Assert.Equal(1, d.Attempts));
            Assert.All(docs.Where(d => d.Status == DocumentStatus.Completed), d => Assert.Equal(100.0, d.Progress));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_finished_job_and_everything_of_it_expires_after_the_retention_while_a_running_one_never_does()
    {
        await using var node = NewNode("a");
        var running = await TestJobs.CreateAsync(node.Store, 2);
        var finished = await TestJobs.CreateAsync(node.Store, 2);
        await using var admin = await fixture.Server.ConnectAsync();
        var db = admin.GetDatabase();
        var keys = new RedisKeys(_prefix);
        await db.HashSetAsync(keys.Content(finished.JobId), "x", "bytes");
        foreach (var docId in finished.DocIds)
        {
            await node.Store.TryStartDocumentAsync(docId, CancellationToken.None);
            await node.Store.CompleteDocumentAsync(docId, TestJobs.Result(docId), CancellationToken.None);
        }

        await node.Store.TryStartDocumentAsync(running.DocIds[0], CancellationToken.None);

        var finishedKeys = new List<RedisKey> { keys.Job(finished.JobId), keys.JobDocuments(finished.JobId), keys.Content(finished.JobId) };
        finishedKeys.AddRange(finished.DocIds.Select(id => keys.Document(finished.JobId, id)));
        foreach (var key in finishedKeys)
        {
            var ttl = await db.KeyTimeToLiveAsync(key);
            Assert.True(ttl is { } t && t > TimeSpan.FromMinutes(59) && t <= TimeSpan.FromHours(1), $"{key}: TTL {ttl}");
        }

        Assert.Null(await db.KeyTimeToLiveAsync(keys.Job(running.JobId)));
        Assert.Null(await db.KeyTimeToLiveAsync(keys.Document(running.JobId, running.DocIds[0])));
        var expired = await node.Store.GetExpiredJobIdsAsync(DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        Assert.Equal([finished.JobId], expired);
    }

    [Fact]
    public async Task A_job_whose_keys_expired_drops_out_of_the_listing_and_its_total()
    {
        await using var node = NewNode("a");
        var kept = await TestJobs.CreateAsync(node.Store, 1);
        var gone = await TestJobs.CreateAsync(node.Store, 1);
        await using var admin = await fixture.Server.ConnectAsync();
        await admin.GetDatabase().KeyDeleteAsync(new RedisKeys(_prefix).Job(gone.JobId)); // as a TTL would

        var page = await node.Store.ListJobsAsync(new JobQuery(), CancellationToken.None);
        Assert.Equal(1, page.Total);
        Assert.Equal([kept.JobId], page.Jobs.Select(j => j.JobId));
        Assert.Equal(1, (await node.Store.ListJobsAsync(new JobQuery(), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Retention_deleting_a_job_that_already_expired_by_TTL_clears_it_from_every_index()
    {
        await using var node = NewNode("a");
        var work = await TestJobs.CreateAsync(node.Store, 1);
        await node.Store.TryStartDocumentAsync(work.DocIds[0], CancellationToken.None);
        await node.Store.FailDocumentAsync(work.DocIds[0], "InvalidDataException: broken", CancellationToken.None);
        await using var admin = await fixture.Server.ConnectAsync();
        var keys = new RedisKeys(_prefix);
        await admin.GetDatabase().KeyDeleteAsync([keys.Job(work.JobId), keys.JobDocuments(work.JobId), keys.Document(work.JobId, work.DocIds[0])]); // as the TTL would

        var cutoff = DateTimeOffset.UtcNow.AddSeconds(1);
        Assert.Equal([work.JobId], await node.Store.GetExpiredJobIdsAsync(cutoff, CancellationToken.None));
        Assert.False(await node.Store.DeleteJobAsync(work.JobId, CancellationToken.None));
        Assert.Empty(await node.Store.GetExpiredJobIdsAsync(cutoff, CancellationToken.None));
        Assert.Equal(0, (await node.Store.ListJobsAsync(new JobQuery { Status = JobStatus.Failed }, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Stores_with_different_key_prefixes_share_one_Redis_without_seeing_each_other()
    {
        await using var first = NewNode("a");
        await using var second = new RedisNode(fixture.Server.ConnectionString, RedisServerFixture.UniquePrefix(), "b");
        var mine = await TestJobs.CreateAsync(first.Store, 2);
        var theirs = await TestJobs.CreateAsync(second.Store, 3);

        Assert.Equal([mine.JobId], (await first.Store.ListJobsAsync(new JobQuery(), CancellationToken.None)).Jobs.Select(j => j.JobId));
        Assert.Equal([theirs.JobId], (await second.Store.ListJobsAsync(new JobQuery(), CancellationToken.None)).Jobs.Select(j => j.JobId));
        Assert.Null(await first.Store.GetJobAsync(theirs.JobId, CancellationToken.None));
        Assert.Null(await second.Store.GetDocumentAsync(mine.DocIds[0], CancellationToken.None));
    }

    [Fact]
    public async Task The_classification_and_review_are_stored_with_the_document_as_JSON_and_read_back_whole()
    {
        await using var node = NewNode("a");
        var work = await TestJobs.CreateAsync(node.Store, 1);
        var docId = work.DocIds[0];
        var result = TestJobs.Result(docId) with
        {
            FinalCategory = SensitivityCategory.HighlySensitive,
            SecondaryTags = ["PII", "PII:SSN"],
            Citations = [new Citation(2, "***-**-6789", "pii.ssn")],
            PageCount = 3,
            RequiresReview = true,
        };
        await node.Store.TryStartDocumentAsync(docId, CancellationToken.None);
        await node.Store.CompleteDocumentAsync(docId, result, CancellationToken.None);
        var review = new DocumentReview { NewLabel = SensitivityCategory.Confidential, Reviewer = "rev", Comment = "ok", ReviewedAt = DateTimeOffset.UnixEpoch };
        Assert.True(await node.Store.SaveReviewAsync(docId, review, CancellationToken.None));

        var stored = await node.Store.GetDocumentAsync(docId, CancellationToken.None);
        Assert.Equal(SensitivityCategory.HighlySensitive, stored!.Classification!.FinalCategory);
        Assert.Equal(result.SecondaryTags, stored.Classification.SecondaryTags);
        Assert.Equal(result.Citations, stored.Classification.Citations);
        Assert.Equal((3, true), (stored.Classification.PageCount, stored.Classification.RequiresReview));
        Assert.Equal(review, stored.Review);

        await using var admin = await fixture.Server.ConnectAsync();
        string json = (await admin.GetDatabase().HashGetAsync(new RedisKeys(_prefix).Document(work.JobId, docId), "classification"))!;
        Assert.Contains("\"final_category\":\"Highly Sensitive\"", json, StringComparison.Ordinal);
    }

    private RedisNode NewNode(string name) => new(fixture.Server.ConnectionString, _prefix, name);
}
