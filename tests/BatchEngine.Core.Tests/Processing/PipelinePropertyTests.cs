using BatchEngine.Jobs;
using BatchEngine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BatchEngine.Tests.Processing;

/// <summary>
/// Random batches, worker counts, priorities and injected failures through the real engine. Every change
/// the pipeline makes is recorded by <see cref="RecordingJobStore"/> and checked afterwards.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly double[] Stages =
    [
        ProgressStages.Pending, ProgressStages.Started, ProgressStages.DocumentLoaded,
        ProgressStages.DetectorsCompleted, ProgressStages.ClassificationCompleted, ProgressStages.ResultsSaved,
    ];

    [Property(MaxTest = 25)]
    public Property Every_document_ends_once_with_stage_progress_and_the_job_follows_the_rules() =>
        Prop.ForAll(BatchScenario.Arbitrary(), scenario =>
        {
            // Task.Run: run the engine off the test framework's synchronization context.
            Task.Run(() => RunAndCheckAsync(scenario)).GetAwaiter().GetResult();
            return true;
        });

    private static async Task RunAndCheckAsync(BatchScenario scenario)
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = scenario.Workers);
        var submitted = new List<(JobPlan Plan, BatchEngine.Batches.BatchSubmission Submission)>();
        foreach (var plan in scenario.Jobs)
        {
            var contents = plan.Fails.Select(f => ScriptedTextReader.Content("text", f ? "FAIL" : null)).ToArray();
            submitted.Add((plan, await engine.SubmitAsync(plan.Priority, contents)));
        }

        var finals = new List<JobSnapshot>();
        foreach (var (_, submission) in submitted)
        {
            finals.Add(await engine.WaitForTerminalAsync(submission.Job!.JobId));
        }

        var changes = engine.Store.Changes;
        for (var j = 0; j < submitted.Count; j++)
        {
            var (plan, _) = submitted[j];
            var final = finals[j];
            for (var i = 0; i < plan.Fails.Count; i++)
            {
                CheckDocument(final.Documents[i], plan.Fails[i], changes, engine.Probe);
            }

            CheckJob(final, plan);
        }

        Assert.All(changes.Select(c => c.Job).OfType<JobRecord>(), job =>
        {
            Assert.True(job.Completed + job.Failed <= job.TotalFiles, $"{job.Completed} + {job.Failed} > {job.TotalFiles}");
            Assert.InRange(job.Progress, 0.0, 100.0);
        });
    }

    private static void CheckDocument(DocumentRecord document, bool fails, IReadOnlyList<RecordedChange> allChanges, TestProbe probe)
    {
        var changes = allChanges.Where(c => c.Document.DocId == document.DocId).ToList();
        var operations = changes.Select(c => c.Operation).ToList();

        // Exactly one start and exactly one terminal change: processed once, ended once.
        Assert.Equal(1, operations.Count(o => o == "start"));
        Assert.Equal(1, operations.Count(o => o is "complete" or "fail" or "cancel"));
        Assert.Equal(fails ? "fail" : "complete", operations[^1]);

        var progress = changes.Select(c => c.Document.Progress).ToList();
        Assert.All(progress, p => Assert.Contains(p, Stages));
        var whileProcessing = changes.Where(c => c.Document.Status == DocumentStatus.Processing).Select(c => c.Document.Progress).ToList();
        Assert.Equal(whileProcessing.OrderBy(p => p), whileProcessing);

        if (fails)
        {
            Assert.Equal(DocumentStatus.Failed, document.Status);
            Assert.Equal(0.0, document.Progress);
            Assert.Equal("InvalidDataException: Unable to extract content", document.Error);
            Assert.False(probe.Classified.ContainsKey(document.DocId));
        }
        else
        {
            Assert.Equal(DocumentStatus.Completed, document.Status);
            Assert.Equal([10.0, 30.0, 60.0, 90.0, 100.0], progress);
            Assert.Equal(1, probe.Classified[document.DocId]);
            Assert.NotNull(document.Classification);
        }
    }

    private static void CheckJob(JobSnapshot final, JobPlan plan)
    {
        var job = final.Job;
        Assert.Equal(plan.Fails.Count, job.TotalFiles);
        Assert.Equal(plan.Fails.Count(f => !f), job.Completed);
        Assert.Equal(plan.Fails.Count(f => f), job.Failed);
        Assert.Equal(JobStatusRules.MeanProgress(final.Documents.Sum(d => d.Progress), final.Documents.Count), job.Progress);
        Assert.Equal(Math.Round(100.0 * job.Completed / job.TotalFiles, 1, MidpointRounding.AwayFromZero), job.Progress);
        if (plan.Fails.All(f => f))
        {
            Assert.Equal(JobStatus.Failed, job.Status);
            Assert.False(string.IsNullOrEmpty(job.Error));
        }
        else
        {
            Assert.Equal(JobStatus.Completed, job.Status);
            Assert.Null(job.Error);
        }
    }
}
