using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>The job's status, counters and progress follow from its documents.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task Job_progress_is_the_mean_of_its_documents_rounded_to_one_decimal()
    {
        var (job, documents) = await CreateJobAsync(3);
        await CompleteAsync(documents[0].DocId);
        await CompleteAsync(documents[1].DocId);

        Assert.Equal(66.7, (await JobAsync(job.JobId)).Progress);

        await StartAsync(documents[2].DocId);
        Assert.Equal(70.0, (await JobAsync(job.JobId)).Progress);
        await Store.ReportProgressAsync(documents[2].DocId, ProgressStages.DetectorsCompleted, CancellationToken.None);
        Assert.Equal(86.7, (await JobAsync(job.JobId)).Progress);
    }

    [Fact]
    public async Task A_job_is_completed_when_every_document_is_terminal_even_if_some_failed()
    {
        var (job, documents) = await CreateJobAsync(3);
        await CompleteAsync(documents[0].DocId);
        await Store.FailDocumentAsync(documents[1].DocId, "InvalidDataException: broken", CancellationToken.None);
        Assert.Equal(JobStatus.Processing, (await JobAsync(job.JobId)).Status);

        await StartAsync(documents[2].DocId);
        await Store.FailDocumentAsync(documents[2].DocId, "TimeoutException: slow", CancellationToken.None);

        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Completed, stored.Status);
        Assert.Equal((1, 2, 3), (stored.Completed, stored.Failed, stored.TotalFiles));
        Assert.Equal(33.3, stored.Progress);
        Assert.Null(stored.Error);
    }

    [Fact]
    public async Task A_job_is_failed_with_an_error_when_every_document_failed()
    {
        var (job, documents) = await CreateJobAsync(2);
        foreach (var document in documents)
        {
            await StartAsync(document.DocId);
            await Store.FailDocumentAsync(document.DocId, "InvalidDataException: broken", CancellationToken.None);
        }

        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Failed, stored.Status);
        Assert.False(string.IsNullOrWhiteSpace(stored.Error));
        Assert.Equal((0, 2), (stored.Completed, stored.Failed));
        Assert.Equal(0.0, stored.Progress);
    }

    [Fact]
    public async Task Failing_a_job_fails_its_pending_documents_and_keeps_the_error()
    {
        var (job, documents) = await CreateJobAsync(3);
        await CompleteAsync(documents[0].DocId);
        await StartAsync(documents[1].DocId);

        Assert.True(await Store.FailJobAsync(job.JobId, "RedisConnectionException: storage is gone", CancellationToken.None));
        Assert.False(await Store.FailJobAsync(job.JobId, "again", CancellationToken.None));

        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Failed, stored.Status);
        Assert.Equal("RedisConnectionException: storage is gone", stored.Error);
        Assert.Equal(DocumentStatus.Failed, (await DocumentAsync(documents[2].DocId)).Status);
        Assert.False(await Store.TryStartDocumentAsync(documents[2].DocId, CancellationToken.None));
        Assert.True(stored.Completed + stored.Failed <= stored.TotalFiles);
    }

    [Fact]
    public async Task Cancelling_a_job_cancels_its_pending_documents_and_a_running_one_that_completes_after_it_ends_cancelled()
    {
        var (job, documents) = await CreateJobAsync(4);
        await CompleteAsync(documents[0].DocId);
        await StartAsync(documents[1].DocId);
        await StartAsync(documents[2].DocId);

        Assert.True(await Store.CancelJobAsync(job.JobId, CancellationToken.None));
        Assert.False(await Store.CancelJobAsync(job.JobId, CancellationToken.None));

        Assert.Equal(JobStatus.Cancelled, (await JobAsync(job.JobId)).Status);
        Assert.Equal(DocumentStatus.Cancelled, (await DocumentAsync(documents[3].DocId)).Status);
        Assert.False(await Store.TryStartDocumentAsync(documents[3].DocId, CancellationToken.None));
        Assert.Equal(DocumentStatus.Processing, (await DocumentAsync(documents[1].DocId)).Status);

        Assert.True(await Store.CancelDocumentAsync(documents[1].DocId, CancellationToken.None));
        Assert.False(await Store.CancelDocumentAsync(documents[1].DocId, CancellationToken.None));
        Assert.False(await Store.CancelDocumentAsync(documents[0].DocId, CancellationToken.None));

        // Issue 15, item 4: a cancel is honoured by a result that arrives after it (from this host or another):
        // the result is refused and the running document ends cancelled, like the job.
        Assert.False(await Store.CompleteDocumentAsync(documents[2].DocId, SampleClassification(documents[2].DocId), CancellationToken.None));
        Assert.Equal(DocumentStatus.Cancelled, (await DocumentAsync(documents[2].DocId)).Status);

        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Cancelled, stored.Status);
        Assert.Equal((1, 0, 3), (stored.Completed, stored.Failed, stored.Cancelled));
    }

    [Fact]
    public async Task A_finished_job_cannot_be_cancelled_or_failed()
    {
        var (job, documents) = await CreateJobAsync(1);
        await CompleteAsync(documents[0].DocId);

        Assert.False(await Store.CancelJobAsync(job.JobId, CancellationToken.None));
        Assert.False(await Store.FailJobAsync(job.JobId, "IOException: late", CancellationToken.None));
        Assert.Equal(JobStatus.Completed, (await JobAsync(job.JobId)).Status);
    }

    [Fact]
    public async Task Updated_at_follows_the_clock_and_created_at_stays()
    {
        var (job, documents) = await CreateJobAsync(1);
        Time.Advance(TimeSpan.FromMinutes(1));
        await StartAsync(documents[0].DocId);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.CompleteDocumentAsync(documents[0].DocId, SampleClassification(documents[0].DocId), CancellationToken.None);

        var stored = await JobAsync(job.JobId);
        Assert.Equal(job.CreatedAt, stored.CreatedAt);
        Assert.Equal(job.CreatedAt.AddMinutes(2), stored.UpdatedAt);
        Assert.Equal(job.CreatedAt.AddMinutes(2), (await DocumentAsync(documents[0].DocId)).UpdatedAt);
    }
}
