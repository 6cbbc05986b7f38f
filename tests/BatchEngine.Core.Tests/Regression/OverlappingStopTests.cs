using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Found under WebApplicationFactory: the host stops the runtime while the service provider disposes it.
/// The second stop used to return at once and dispose the stop signals under the first, leaving the workers
/// parked forever and the first stop hanging.
/// </summary>
public sealed class OverlappingStopTests
{
    [Fact]
    public async Task A_dispose_during_a_stop_waits_for_that_stop_and_both_end()
    {
        var engine = TestEngine.Create(o => o.WorkerCount = 2);
        var store = engine.Store;
        var submission = await engine.SubmitAsync(
            ScriptedTextReader.Content(directive: "HANG"),
            ScriptedTextReader.Content(directive: "HANG"),
            ScriptedTextReader.Content());
        var jobId = submission.Job!.JobId;
        await engine.WaitForJobAsync(jobId, _ => engine.Probe.Parked == 2);

        var hostStop = engine.Runtime.StopAsync(CancellationToken.None);
        var dispose = engine.DisposeAsync().AsTask();

        await Task.WhenAll(hostStop, dispose).WaitAsync(TestEngine.WaitLimit);

        // Dispose aborts the in-flight documents: back to pending, none left processing.
        var documents = await store.GetDocumentsAsync(jobId, CancellationToken.None);
        Assert.DoesNotContain(documents, d => d.Status == DocumentStatus.Processing);
        Assert.Equal(2, documents.Count(d => d.Status == DocumentStatus.Pending && d.Attempts == 1));
    }

    [Fact]
    public async Task A_second_stop_with_a_fired_token_aborts_what_the_first_stop_waits_for()
    {
        await using var engine = TestEngine.Create(o => o.WorkerCount = 1);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "HANG"));
        await engine.WaitForJobAsync(submission.Job!.JobId, _ => engine.Probe.Parked == 1);

        var patientStop = engine.Runtime.StopAsync(CancellationToken.None);
        Assert.False(patientStop.IsCompleted);
        await engine.Runtime.StopAsync(new CancellationToken(canceled: true)).WaitAsync(TestEngine.WaitLimit);

        Assert.True(patientStop.IsCompleted);
        var document = await engine.Engine.GetDocumentAsync(submission.Documents[0].DocId);
        Assert.Equal(DocumentStatus.Pending, document!.Status);
    }
}
