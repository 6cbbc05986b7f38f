using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>Many tasks racing on the same documents: every document is counted exactly once.</summary>
public abstract partial class JobStoreConformanceTests
{
    private const int RacingTasks = 64;

    [Fact]
    public async Task Racing_tasks_starting_the_same_documents_start_each_exactly_once()
    {
        var (_, documents) = await CreateJobAsync(20);

        var wins = await RaceAsync(documents, (docId, _) => Store.TryStartDocumentAsync(docId, CancellationToken.None));

        Assert.All(documents, d => Assert.Equal(1, wins[d.DocId]));
        foreach (var document in documents)
        {
            Assert.Equal(1, (await DocumentAsync(document.DocId)).Attempts);
        }
    }

    [Fact]
    public async Task Racing_tasks_completing_and_failing_the_same_documents_count_each_once()
    {
        var (job, documents) = await CreateJobAsync(20);
        foreach (var document in documents)
        {
            await StartAsync(document.DocId);
        }

        var wins = await RaceAsync(documents, (docId, task) => task % 2 == 0
            ? Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None)
            : Store.FailDocumentAsync(docId, "TimeoutException: raced", CancellationToken.None));

        Assert.All(documents, d => Assert.Equal(1, wins[d.DocId]));
        var stored = await JobAsync(job.JobId);
        var final = await Store.GetDocumentsAsync(job.JobId, CancellationToken.None);
        Assert.Equal(20, stored.Completed + stored.Failed);
        Assert.Equal(final.Count(d => d.Status == DocumentStatus.Completed), stored.Completed);
        Assert.Equal(final.Count(d => d.Status == DocumentStatus.Failed), stored.Failed);
        Assert.Equal(JobStatusRules.MeanProgress(final.Sum(d => d.Progress), final.Count), stored.Progress);
        Assert.True(JobStatusRules.IsTerminal(stored.Status));
    }

    [Fact]
    public async Task Concurrent_workers_on_one_job_never_push_its_counters_past_the_total()
    {
        var (job, documents) = await CreateJobAsync(200);
        var observed = new List<JobRecord>();
        using var stop = new CancellationTokenSource();
        var observing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = Task.Run(async () =>
        {
            do
            {
                observed.Add(await JobAsync(job.JobId));
                observing.TrySetResult();
                await Task.Yield();
            }
            while (!stop.IsCancellationRequested);
        });

        // The workers start only once the observer runs, so it watches them however the pool schedules it.
        await observing.Task;

        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (document, _) =>
        {
            var docId = document.DocId;
            if (!await Store.TryStartDocumentAsync(docId, CancellationToken.None))
            {
                return;
            }

            foreach (var stage in new[] { ProgressStages.DocumentLoaded, ProgressStages.DetectorsCompleted, ProgressStages.ClassificationCompleted })
            {
                await Store.ReportProgressAsync(docId, stage, CancellationToken.None);
            }

            if (document.Index % 5 == 0)
            {
                await Store.FailDocumentAsync(docId, "InvalidDataException: broken", CancellationToken.None);
            }
            else
            {
                await Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None);
            }
        });
        await stop.CancelAsync();
        await observer;

        Assert.NotEmpty(observed);
        Assert.All(observed, j => Assert.True(j.Completed + j.Failed <= j.TotalFiles, $"{j.Completed} + {j.Failed} > {j.TotalFiles}"));
        var final = await JobAsync(job.JobId);
        Assert.Equal((160, 40), (final.Completed, final.Failed));
        Assert.Equal(JobStatus.Completed, final.Status);
        Assert.Equal(80.0, final.Progress);
    }

    /// <summary>Runs <see cref="RacingTasks"/> tasks that each try <paramref name="attempt"/> on every document; returns the successes per document.</summary>
    private static async Task<Dictionary<string, int>> RaceAsync(IReadOnlyList<DocumentRecord> documents, Func<string, int, Task<bool>> attempt)
    {
        var wins = documents.ToDictionary(d => d.DocId, _ => 0);
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, RacingTasks).Select(task => Task.Run(async () =>
        {
            await start.WaitAsync();
            var won = new List<string>();
            foreach (var document in documents)
            {
                if (await attempt(document.DocId, task))
                {
                    won.Add(document.DocId);
                }
            }

            return won;
        })).ToArray();
        start.Release(RacingTasks);

        foreach (var won in await Task.WhenAll(tasks))
        {
            foreach (var docId in won)
            {
                wins[docId]++;
            }
        }

        return wins;
    }
}
