using BatchEngine.Jobs;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BatchEngine.Tests.Processing;

public sealed class HostedRuntimeTests
{
    [Fact]
    public async Task As_a_hosted_service_the_workers_start_with_the_host_and_stop_with_it()
    {
        await using var engine = TestEngine.Create();
        var hosted = engine.Services.GetRequiredService<IHostedService>();

        await hosted.StartAsync(CancellationToken.None);
        Assert.True(engine.Runtime.IsRunning);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());
        Assert.Equal(JobStatus.Completed, (await engine.WaitForTerminalAsync(submission.Job!.JobId)).Job.Status);

        await hosted.StopAsync(CancellationToken.None);
        Assert.False(engine.Runtime.IsRunning);

        // A stopped engine does not start again: work submitted now waits for the next start of the app.
        var late = await engine.SubmitAsync(ScriptedTextReader.Content());
        Assert.Equal(JobStatus.Pending, (await engine.Engine.GetJobAsync(late.Job!.JobId))!.Job.Status);
        Assert.False(engine.Runtime.IsRunning);
    }

    [Fact]
    public async Task Without_a_host_the_first_submission_starts_the_workers()
    {
        await using var engine = TestEngine.Create();
        Assert.False(engine.Runtime.IsRunning);

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());

        Assert.True(engine.Runtime.IsRunning);
        Assert.Equal(JobStatus.Completed, (await engine.WaitForTerminalAsync(submission.Job!.JobId)).Job.Status);
    }
}
