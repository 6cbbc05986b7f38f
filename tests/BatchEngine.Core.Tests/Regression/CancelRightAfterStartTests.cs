using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Found in a full test run: a cancel (or delete) landing between a worker's start of a document and the
/// worker registering it as running missed it, and the document ran on until its timeout, holding the
/// worker. Here the cancel is made to land exactly there, every time.
/// </summary>
public sealed class CancelRightAfterStartTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cancel_or_delete_right_after_the_start_still_stops_the_document(bool delete)
    {
        await using var engine = TestEngine.Create(
            o => o.WorkerCount = 1,
            services: s => s.AddSingleton<IJobStore>(sp => new ActOnFirstStartJobStore(
                sp.GetRequiredService<RecordingJobStore>(),
                jobId =>
                {
                    var facade = sp.GetRequiredService<IBatchEngine>();
                    return delete ? facade.DeleteJobAsync(jobId) : facade.CancelJobAsync(jobId);
                })));
        var doomed = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "HANG"));

        // The action hits the job of the first document started: submit the next job only once the doomed one has
        // left pending, or the round-robin queue may start the next job's document first and cancel that job instead.
        using var waitForStart = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await engine.Engine.GetJobAsync(doomed.Job!.JobId))?.Documents[0].Status == DocumentStatus.Pending)
        {
            await Task.Delay(10, waitForStart.Token);
        }

        // One worker: the next job runs only once the hanging document let go of it (the timeout is 2 minutes).
        var next = await engine.SubmitAsync(ScriptedTextReader.Content("next"));
        var done = await engine.WaitForTerminalAsync(next.Job!.JobId);

        Assert.Equal(JobStatus.Completed, done.Job.Status);
        var left = await engine.Engine.GetJobAsync(doomed.Job!.JobId);
        Assert.True(delete ? left is null : left!.Documents[0].Status == DocumentStatus.Cancelled);
    }

    /// <summary>Runs an action (as another caller would) right after the first document start succeeds.</summary>
    private sealed class ActOnFirstStartJobStore(RecordingJobStore inner, Func<string, Task<bool>> act) : DelegatingJobStore(inner)
    {
        private int _acted;

        public override async Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken)
        {
            var started = await Inner.TryStartDocumentAsync(docId, cancellationToken);
            if (started && Interlocked.Exchange(ref _acted, 1) == 0)
            {
                var document = await Inner.GetDocumentAsync(docId, cancellationToken);
                Assert.True(await act(document!.JobId));
            }

            return started;
        }
    }
}
