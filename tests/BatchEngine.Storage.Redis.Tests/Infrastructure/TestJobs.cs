using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>Creates jobs of pending documents in a store, as the engine does on upload.</summary>
internal static class TestJobs
{
    public static async Task<JobWork> CreateAsync(IJobStore store, int documents)
    {
        var now = DateTimeOffset.UtcNow;
        var jobId = Guid.NewGuid().ToString("D");
        var job = new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = documents, CreatedAt = now, UpdatedAt = now };
        var docs = Enumerable.Range(0, documents).Select(i => new DocumentRecord
        {
            DocId = Guid.NewGuid().ToString("D"),
            JobId = jobId,
            Index = i,
            FileName = $"file-{i}.txt",
            Status = DocumentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await store.CreateJobAsync(job, docs, CancellationToken.None);
        return new JobWork(jobId, docs.Select(d => d.DocId).ToList());
    }

    public static ClassificationResult Result(string docId, string explanation = "test") => new()
    {
        DocId = docId,
        FinalCategory = SensitivityCategory.Public,
        Confidence = 0.9,
        Explanation = explanation,
        ContentSafety = new ContentSafety { IsUnsafe = false },
    };
}
