using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>Listing, deleting and expiring jobs.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task Jobs_are_listed_newest_first_filtered_by_status_and_paged()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (job, documents) = await CreateJobAsync(1);
            created.Add(job.JobId);
            if (i % 2 == 0)
            {
                await CompleteAsync(documents[0].DocId);
            }

            Time.Advance(TimeSpan.FromSeconds(1));
        }

        // Other tests may share the store: look only at this test's jobs.
        var all = await Store.ListJobsAsync(new JobQuery { Limit = 10_000 }, CancellationToken.None);
        var mine = all.Jobs.Where(j => created.Contains(j.JobId)).Select(j => j.JobId).ToList();
        Assert.Equal(Enumerable.Reverse(created), mine);
        Assert.True(all.Total >= 5);

        var completed = await Store.ListJobsAsync(new JobQuery { Status = JobStatus.Completed, Limit = 10_000 }, CancellationToken.None);
        Assert.All(completed.Jobs, j => Assert.Equal(JobStatus.Completed, j.Status));
        Assert.Equal([created[4], created[2], created[0]], completed.Jobs.Where(j => created.Contains(j.JobId)).Select(j => j.JobId));
        Assert.Equal(completed.Jobs.Count, completed.Total);

        var page = await Store.ListJobsAsync(new JobQuery { Offset = 1, Limit = 2 }, CancellationToken.None);
        Assert.Equal(all.Total, page.Total);
        Assert.Equal(all.Jobs.Skip(1).Take(2).Select(j => j.JobId), page.Jobs.Select(j => j.JobId));
    }

    [Fact]
    public async Task Deleting_a_job_removes_it_with_its_documents_and_results()
    {
        var (job, documents) = await CreateJobAsync(2);
        await CompleteAsync(documents[0].DocId);
        await StartAsync(documents[1].DocId);

        Assert.True(await Store.DeleteJobAsync(job.JobId, CancellationToken.None));
        Assert.False(await Store.DeleteJobAsync(job.JobId, CancellationToken.None));

        Assert.Null(await Store.GetJobAsync(job.JobId, CancellationToken.None));
        Assert.Empty(await Store.GetDocumentsAsync(job.JobId, CancellationToken.None));
        Assert.Null(await Store.GetDocumentAsync(documents[0].DocId, CancellationToken.None));
        Assert.False(await Store.CompleteDocumentAsync(documents[1].DocId, SampleClassification(documents[1].DocId), CancellationToken.None));
        var listed = await Store.ListJobsAsync(new JobQuery { Limit = 10_000 }, CancellationToken.None);
        Assert.DoesNotContain(listed.Jobs, j => j.JobId == job.JobId);
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_and_the_job_counts_follow()
    {
        var (job, documents) = await CreateJobAsync(3);
        await CompleteAsync(documents[0].DocId);
        await CompleteAsync(documents[1].DocId);

        Assert.True(await Store.DeleteDocumentAsync(documents[0].DocId, CancellationToken.None));
        Assert.False(await Store.DeleteDocumentAsync(documents[0].DocId, CancellationToken.None));

        Assert.Null(await Store.GetDocumentAsync(documents[0].DocId, CancellationToken.None));
        Assert.Equal([documents[1].DocId, documents[2].DocId], (await Store.GetDocumentsAsync(job.JobId, CancellationToken.None)).Select(d => d.DocId));
        var stored = await JobAsync(job.JobId);
        Assert.Equal((2, 1), (stored.TotalFiles, stored.Completed));
        Assert.Equal(50.0, stored.Progress);

        await CompleteAsync(documents[2].DocId);
        Assert.Equal(JobStatus.Completed, (await JobAsync(job.JobId)).Status);
    }

    [Fact]
    public async Task Only_finished_jobs_not_changed_since_the_cutoff_expire()
    {
        var (old, oldDocuments) = await CreateJobAsync(1);
        await CompleteAsync(oldDocuments[0].DocId);
        var (running, runningDocuments) = await CreateJobAsync(1);
        await StartAsync(runningDocuments[0].DocId);
        var (cancelled, _) = await CreateJobAsync(1);
        await Store.CancelJobAsync(cancelled.JobId, CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(2));
        var cutoff = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(1));
        var (recent, recentDocuments) = await CreateJobAsync(1);
        await CompleteAsync(recentDocuments[0].DocId);

        var expired = await Store.GetExpiredJobIdsAsync(cutoff, CancellationToken.None);

        Assert.Contains(old.JobId, expired);
        Assert.Contains(cancelled.JobId, expired);
        Assert.DoesNotContain(running.JobId, expired);
        Assert.DoesNotContain(recent.JobId, expired);
    }
}
