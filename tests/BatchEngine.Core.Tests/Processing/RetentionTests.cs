using BatchEngine.Retention;
using System.Diagnostics;
using BatchEngine.Processing;
using BatchEngine.Storage;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Processing;

public sealed class RetentionTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_finished_job_is_deleted_with_its_content_once_its_retention_has_passed()
    {
        // No retention in the options: the background sweep stays off and the test sweeps by hand.
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(o => o.JobRetention = null, time);
        var sweeper = engine.Services.GetRequiredService<JobRetentionSweeper>();
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());
        var jobId = submission.Job!.JobId;
        await engine.WaitForTerminalAsync(jobId);
        var folder = ((TempFolderContentStore)engine.Services.GetRequiredService<IDocumentContentStore>()).JobFolder(jobId);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await sweeper.SweepOnceAsync(Retention, CancellationToken.None));
        Assert.NotNull(await engine.Engine.GetJobAsync(jobId));

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await sweeper.SweepOnceAsync(Retention, CancellationToken.None));

        Assert.Null(await engine.Engine.GetJobAsync(jobId));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task The_running_engine_sweeps_on_its_own_and_spares_unfinished_jobs()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(o => o.JobRetention = Retention, time);
        var finished = await engine.SubmitAsync(ScriptedTextReader.Content());
        var running = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "WAIT"));
        await engine.WaitForTerminalAsync(finished.Job!.JobId);
        await engine.WaitForJobAsync(running.Job!.JobId, _ => engine.Probe.Parked == 1);

        // Move the clock in sweep-interval steps until the sweeper has run past the retention.
        var waited = Stopwatch.StartNew();
        while (await engine.Engine.GetJobAsync(finished.Job.JobId) is not null)
        {
            Assert.True(waited.Elapsed < TestEngine.WaitLimit, "The sweeper never deleted the expired job.");
            time.Advance(JobRetentionSweeper.IntervalFor(Retention));
            await Task.Delay(10);
        }

        Assert.NotNull(await engine.Engine.GetJobAsync(running.Job.JobId));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(60, 6)]
    [InlineData(24 * 60 * 60, 5 * 60)]
    public void The_sweep_interval_is_a_tenth_of_the_retention_between_one_second_and_five_minutes(int retentionSeconds, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), JobRetentionSweeper.IntervalFor(TimeSpan.FromSeconds(retentionSeconds)));
}
