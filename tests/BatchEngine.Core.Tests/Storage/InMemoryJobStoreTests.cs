using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage.InMemory;

namespace BatchEngine.Tests.Storage;

/// <summary>What the in-memory store does beyond the shared contract.</summary>
public sealed class InMemoryJobStoreTests
{
    private readonly InMemoryJobStore _store = new(TimeProvider.System);

    [Fact]
    public async Task A_snapshot_always_shows_counters_and_progress_that_agree_with_its_documents()
    {
        var (jobId, docIds) = await CreateAsync(300);
        var snapshots = new List<JobSnapshot>();
        var work = Parallel.ForEachAsync(docIds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (docId, _) =>
        {
            await _store.TryStartDocumentAsync(docId, CancellationToken.None);
            await _store.ReportProgressAsync(docId, ProgressStages.DetectorsCompleted, CancellationToken.None);
            if (docId.GetHashCode(StringComparison.Ordinal) % 4 == 0)
            {
                await _store.FailDocumentAsync(docId, "InvalidDataException: broken", CancellationToken.None);
            }
            else
            {
                await _store.CompleteDocumentAsync(docId, Result(docId), CancellationToken.None);
            }
        });
        while (!work.IsCompleted)
        {
            snapshots.Add((await _store.GetSnapshotAsync(jobId, CancellationToken.None))!);
        }

        await work;
        snapshots.Add((await _store.GetSnapshotAsync(jobId, CancellationToken.None))!);

        Assert.All(snapshots, s =>
        {
            Assert.Equal(s.Documents.Count(d => d.Status == DocumentStatus.Completed), s.Job.Completed);
            Assert.Equal(s.Documents.Count(d => d.Status == DocumentStatus.Failed), s.Job.Failed);
            Assert.Equal(JobStatusRules.MeanProgress(s.Documents.Sum(d => d.Progress), s.Documents.Count), s.Job.Progress);
        });
        Assert.True(JobStatusRules.IsTerminal(snapshots[^1].Job.Status));
    }

    [Fact]
    public async Task A_job_or_document_id_cannot_be_created_twice()
    {
        var (jobId, docIds) = await CreateAsync(1);
        var now = TimeProvider.System.GetUtcNow();
        var job = new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = 0, CreatedAt = now, UpdatedAt = now };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.CreateJobAsync(job, [], CancellationToken.None));
        Assert.Null(await _store.GetSnapshotAsync(Guid.NewGuid().ToString(), CancellationToken.None));
        Assert.NotNull(await _store.GetDocumentAsync(docIds[0], CancellationToken.None));
    }

    [Fact]
    public async Task Documents_must_belong_to_the_job_they_are_created_with()
    {
        var now = TimeProvider.System.GetUtcNow();
        var job = new JobRecord { JobId = "job-a", Status = JobStatus.Pending, TotalFiles = 1, CreatedAt = now, UpdatedAt = now };
        var stray = new DocumentRecord { DocId = "d", JobId = "job-b", Index = 0, FileName = "x", Status = DocumentStatus.Pending, CreatedAt = now, UpdatedAt = now };

        await Assert.ThrowsAsync<ArgumentException>(() => _store.CreateJobAsync(job, [stray], CancellationToken.None));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public async Task Progress_outside_zero_to_one_hundred_is_refused(double progress)
    {
        var (_, docIds) = await CreateAsync(1);
        await _store.TryStartDocumentAsync(docIds[0], CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.ReportProgressAsync(docIds[0], progress, CancellationToken.None));
    }

    private async Task<(string JobId, string[] DocIds)> CreateAsync(int documents)
    {
        var now = TimeProvider.System.GetUtcNow();
        var jobId = Guid.NewGuid().ToString();
        var docs = Enumerable.Range(0, documents).Select(i => new DocumentRecord
        {
            DocId = Guid.NewGuid().ToString(),
            JobId = jobId,
            Index = i,
            FileName = $"{i}.pdf",
            Status = DocumentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToArray();
        await _store.CreateJobAsync(new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = documents, CreatedAt = now, UpdatedAt = now }, docs, CancellationToken.None);
        return (jobId, docs.Select(d => d.DocId).ToArray());
    }

    private static ClassificationResult Result(string docId) => new()
    {
        DocId = docId,
        FinalCategory = SensitivityCategory.Public,
        Confidence = 0.5,
        Explanation = "Nothing found.",
        ContentSafety = new ContentSafety { IsUnsafe = false },
    };
}
