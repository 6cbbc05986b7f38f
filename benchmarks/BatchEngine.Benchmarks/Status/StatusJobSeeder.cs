using BatchEngine.Benchmarks.Engine;
using BatchEngine.Jobs;
using BatchEngine.Storage;

namespace BatchEngine.Benchmarks.Status;

/// <summary>
/// A job as /status sees it mid-way: created straight in the job store (no content, no workers), then a
/// mix of documents pending, processing at various stages, and failed with an error message.
/// </summary>
internal static class StatusJobSeeder
{
    public static async Task<string> SeedAsync(EngineServices services, int documents)
    {
        var store = services.Get<IJobStore>();
        var now = services.Get<TimeProvider>().GetUtcNow();
        var jobId = Guid.CreateVersion7(now).ToString("D");
        var records = Enumerable.Range(0, documents).Select(i => new DocumentRecord
        {
            DocId = Guid.CreateVersion7(now).ToString("D"),
            JobId = jobId,
            Index = i,
            FileName = $"scan-{i:D5} (final) ünïcode.pdf",
            MediaType = "application/pdf",
            SizeBytes = 100_000 + i,
            Status = DocumentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await store.CreateJobAsync(new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = documents, CreatedAt = now, UpdatedAt = now }, records, CancellationToken.None);

        double[] stages = [ProgressStages.DocumentLoaded, ProgressStages.DetectorsCompleted, ProgressStages.ClassificationCompleted];
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            // Three in five started; of those, one in five failed and the rest sit at a stage.
            if (i % 5 >= 3 || !await store.TryStartDocumentAsync(record.DocId, CancellationToken.None))
            {
                continue;
            }

            if (i % 25 == 0)
            {
                await store.FailDocumentAsync(record.DocId, "DocumentReadException: The PDF is encrypted and no password was given.", CancellationToken.None);
            }
            else
            {
                await store.ReportProgressAsync(record.DocId, stages[i % stages.Length], CancellationToken.None);
            }
        }

        return jobId;
    }
}
