using BatchEngine.Jobs;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Storage;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Batches;

public sealed class DeletionTests
{
    [Fact]
    public async Task Deleting_a_job_removes_its_records_and_its_content_files()
    {
        // Kept after processing, so there are files left to delete (by default they go once terminal).
        await using var engine = TestEngine.Create(o => { o.KeepContent = true; o.SmallContentMemoryBytes = 0; });
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("one"), ScriptedTextReader.Content("two"));
        var jobId = submission.Job!.JobId;
        await engine.WaitForTerminalAsync(jobId);
        var folder = ContentStore(engine).JobFolder(jobId);
        Assert.Equal(2, Directory.GetFiles(folder).Length);

        Assert.True(await engine.Engine.DeleteJobAsync(jobId));

        Assert.False(Directory.Exists(folder));
        Assert.Null(await engine.Engine.GetJobAsync(jobId));
        Assert.Null(await engine.Engine.GetDocumentAsync(submission.Documents[0].DocId));
        Assert.Equal(0, (await engine.Engine.ListJobsAsync()).Total);
        Assert.False(await engine.Engine.DeleteJobAsync(jobId));
    }

    [Fact]
    public async Task Deleting_a_running_job_stops_its_work_and_the_workers_go_on()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var submission = await engine.SubmitAsync([.. Enumerable.Range(0, 5).Select(_ => ScriptedTextReader.Content(directive: "HANG"))]);
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Parked == 2);

        Assert.True(await engine.Engine.DeleteJobAsync(jobId));

        Assert.False(Directory.Exists(ContentStore(engine).JobFolder(jobId)));
        var next = await engine.SubmitAsync(ScriptedTextReader.Content("after"));
        var done = await engine.WaitForTerminalAsync(next.Job!.JobId);
        Assert.Equal(JobStatus.Completed, done.Job.Status);
        Assert.Null(await engine.Engine.GetJobAsync(jobId));
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_file_and_result_and_the_job_counts_follow()
    {
        await using var engine = TestEngine.Create();
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("one"), ScriptedTextReader.Content(directive: "FAIL"));
        var jobId = submission.Job!.JobId;
        await engine.WaitForTerminalAsync(jobId);
        var failedId = submission.Documents[1].DocId;

        Assert.True(await engine.Engine.DeleteDocumentAsync(failedId));

        Assert.Null(await engine.Engine.GetDocumentAsync(failedId));
        Assert.False(File.Exists(Path.Combine(ContentStore(engine).JobFolder(jobId), failedId)));
        var job = (await engine.Engine.GetJobAsync(jobId))!;
        Assert.Equal((1, 1, 0), (job.Job.TotalFiles, job.Job.Completed, job.Job.Failed));
        Assert.Equal(100.0, job.Job.Progress);
        Assert.False(await engine.Engine.DeleteDocumentAsync(failedId));
    }

    private static TempFolderContentStore ContentStore(TestEngine engine) =>
        (TempFolderContentStore)engine.Services.GetRequiredService<IDocumentContentStore>();
}
