using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>Creating, reading and moving documents through their states.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task A_created_job_is_pending_at_zero_with_its_documents_in_upload_order()
    {
        var (job, documents) = await CreateJobAsync(3);

        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Pending, stored.Status);
        Assert.Equal(3, stored.TotalFiles);
        Assert.Equal((0, 0, 0), (stored.Completed, stored.Failed, stored.Cancelled));
        Assert.Equal(0.0, stored.Progress);
        Assert.Null(stored.Error);
        Assert.Equal(job.CreatedAt, stored.CreatedAt);

        var storedDocuments = await Store.GetDocumentsAsync(job.JobId, CancellationToken.None);
        Assert.Equal(documents.Select(d => d.DocId), storedDocuments.Select(d => d.DocId));
        Assert.Equal(["doc0.pdf", "doc1.pdf", "doc2.pdf"], storedDocuments.Select(d => d.FileName));
        Assert.Equal([0, 1, 2], storedDocuments.Select(d => d.Index));
        Assert.All(storedDocuments, d =>
        {
            Assert.Equal(DocumentStatus.Pending, d.Status);
            Assert.Equal(0.0, d.Progress);
            Assert.Equal(0, d.Attempts);
            Assert.Null(d.Error);
            Assert.Null(d.Classification);
            Assert.Equal(job.JobId, d.JobId);
        });
        Assert.Equal(101, (await DocumentAsync(documents[1].DocId)).SizeBytes);
        Assert.Equal("application/pdf", (await DocumentAsync(documents[1].DocId)).MediaType);
    }

    [Fact]
    public async Task Unknown_ids_read_as_missing_and_change_nothing()
    {
        var unknown = NewId();
        var none = CancellationToken.None;

        Assert.Null(await Store.GetJobAsync(unknown, none));
        Assert.Empty(await Store.GetDocumentsAsync(unknown, none));
        Assert.Null(await Store.GetDocumentAsync(unknown, none));
        Assert.False(await Store.TryStartDocumentAsync(unknown, none));
        Assert.False(await Store.ReportProgressAsync(unknown, 30, none));
        Assert.False(await Store.CompleteDocumentAsync(unknown, SampleClassification(unknown), none));
        Assert.False(await Store.FailDocumentAsync(unknown, "IOException: gone", none));
        Assert.False(await Store.ReleaseDocumentAsync(unknown, none));
        Assert.False(await Store.CancelDocumentAsync(unknown, none));
        Assert.False(await Store.CancelJobAsync(unknown, none));
        Assert.False(await Store.FailJobAsync(unknown, "IOException: gone", none));
        Assert.False(await Store.DeleteJobAsync(unknown, none));
        Assert.False(await Store.DeleteDocumentAsync(unknown, none));
        Assert.False(await Store.SaveReviewAsync(unknown, new DocumentReview { NewLabel = SensitivityCategory.Public, Reviewer = "ann" }, none));
    }

    [Fact]
    public async Task Starting_a_document_takes_it_to_ten_percent_once_and_the_job_to_processing()
    {
        var (job, documents) = await CreateJobAsync(2);
        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await Store.TryStartDocumentAsync(documents[0].DocId, CancellationToken.None));
        Assert.False(await Store.TryStartDocumentAsync(documents[0].DocId, CancellationToken.None));

        var started = await DocumentAsync(documents[0].DocId);
        Assert.Equal(DocumentStatus.Processing, started.Status);
        Assert.Equal(ProgressStages.Started, started.Progress);
        Assert.Equal(1, started.Attempts);
        Assert.Equal(Time.GetUtcNow(), started.UpdatedAt);
        var stored = await JobAsync(job.JobId);
        Assert.Equal(JobStatus.Processing, stored.Status);
        Assert.Equal(5.0, stored.Progress);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, stored.UpdatedAt.Offset);
    }

    [Fact]
    public async Task Progress_rises_through_the_stages_and_never_goes_down()
    {
        var (job, documents) = await CreateJobAsync(1);
        var docId = documents[0].DocId;
        Assert.False(await Store.ReportProgressAsync(docId, ProgressStages.DocumentLoaded, CancellationToken.None));
        await StartAsync(docId);

        Assert.True(await Store.ReportProgressAsync(docId, ProgressStages.DetectorsCompleted, CancellationToken.None));
        await Store.ReportProgressAsync(docId, ProgressStages.DocumentLoaded, CancellationToken.None);

        Assert.Equal(ProgressStages.DetectorsCompleted, (await DocumentAsync(docId)).Progress);
        Assert.Equal(60.0, (await JobAsync(job.JobId)).Progress);
        Assert.True(await Store.ReportProgressAsync(docId, ProgressStages.ClassificationCompleted, CancellationToken.None));
        Assert.Equal(ProgressStages.ClassificationCompleted, (await DocumentAsync(docId)).Progress);
    }

    [Fact]
    public async Task Completing_stores_the_classification_at_one_hundred_percent_and_counts_once()
    {
        var (job, documents) = await CreateJobAsync(2);
        var docId = documents[0].DocId;
        Assert.False(await Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None));
        await StartAsync(docId);

        Assert.True(await Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None));
        Assert.False(await Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None));
        Assert.False(await Store.FailDocumentAsync(docId, "TimeoutException: late", CancellationToken.None));
        Assert.False(await Store.ReportProgressAsync(docId, ProgressStages.ClassificationCompleted, CancellationToken.None));

        var completed = await DocumentAsync(docId);
        Assert.Equal(DocumentStatus.Completed, completed.Status);
        Assert.Equal(ProgressStages.ResultsSaved, completed.Progress);
        var classification = completed.Classification!;
        Assert.Equal(docId, classification.DocId);
        Assert.Equal(SensitivityCategory.Confidential, classification.FinalCategory);
        Assert.Equal(0.8, classification.Confidence);
        Assert.Equal("An internal-use marker was found on page 1.", classification.Explanation);
        Assert.Equal((2, 1), (classification.PageCount, classification.ImageCount));
        Assert.False(classification.ContentSafety.IsUnsafe);
        Assert.Equal(["Internal"], classification.SecondaryTags);
        Assert.Equal([new Citation(1, "internal use only", "markers")], classification.Citations);
        var stored = await JobAsync(job.JobId);
        Assert.Equal((1, 0), (stored.Completed, stored.Failed));
        Assert.Equal(50.0, stored.Progress);
        Assert.Equal(JobStatus.Processing, stored.Status);
    }

    [Fact]
    public async Task Failing_sets_zero_progress_and_the_error_from_pending_or_processing_and_counts_once()
    {
        var (job, documents) = await CreateJobAsync(3);
        await StartAsync(documents[0].DocId);
        await Store.ReportProgressAsync(documents[0].DocId, ProgressStages.DetectorsCompleted, CancellationToken.None);

        Assert.True(await Store.FailDocumentAsync(documents[0].DocId, "InvalidDataException: Unable to extract content", CancellationToken.None));
        Assert.True(await Store.FailDocumentAsync(documents[1].DocId, "ContentTooLargeException: too big", CancellationToken.None));
        Assert.False(await Store.FailDocumentAsync(documents[0].DocId, "IOException: again", CancellationToken.None));
        Assert.False(await Store.TryStartDocumentAsync(documents[1].DocId, CancellationToken.None));

        var failed = await DocumentAsync(documents[0].DocId);
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.Equal(0.0, failed.Progress);
        Assert.Equal("InvalidDataException: Unable to extract content", failed.Error);
        var stored = await JobAsync(job.JobId);
        Assert.Equal((0, 2), (stored.Completed, stored.Failed));
        Assert.Equal(JobStatus.Processing, stored.Status);
        Assert.Equal(0.0, stored.Progress);
    }

    [Fact]
    public async Task Releasing_puts_a_processing_document_back_to_pending_and_it_can_start_again()
    {
        var (job, documents) = await CreateJobAsync(1);
        var docId = documents[0].DocId;
        Assert.False(await Store.ReleaseDocumentAsync(docId, CancellationToken.None));
        await StartAsync(docId);
        await Store.ReportProgressAsync(docId, ProgressStages.DocumentLoaded, CancellationToken.None);

        Assert.True(await Store.ReleaseDocumentAsync(docId, CancellationToken.None));
        Assert.False(await Store.ReleaseDocumentAsync(docId, CancellationToken.None));

        var released = await DocumentAsync(docId);
        Assert.Equal(DocumentStatus.Pending, released.Status);
        Assert.Equal(0.0, released.Progress);
        Assert.Equal(JobStatus.Pending, (await JobAsync(job.JobId)).Status);
        await StartAsync(docId);
        Assert.Equal(2, (await DocumentAsync(docId)).Attempts);
    }

    [Fact]
    public async Task Reviews_are_kept_beside_the_classification()
    {
        var (_, documents) = await CreateJobAsync(1);
        var docId = documents[0].DocId;
        await CompleteAsync(docId);
        var review = new DocumentReview
        {
            NewLabel = SensitivityCategory.Public,
            Reviewer = "ann",
            Comment = "press release",
            ReviewedAt = Time.GetUtcNow(),
        };

        Assert.True(await Store.SaveReviewAsync(docId, review, CancellationToken.None));

        var reviewed = await DocumentAsync(docId);
        Assert.Equal(review, reviewed.Review);
        Assert.Equal(SensitivityCategory.Confidential, reviewed.Classification!.FinalCategory);
        Assert.Equal(DocumentStatus.Completed, reviewed.Status);
    }
}
