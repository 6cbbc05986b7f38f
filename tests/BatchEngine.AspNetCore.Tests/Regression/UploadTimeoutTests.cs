using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 9: an upload whose body trickles in (fast enough for Kestrel's minimum data rate) held its
/// connection, its upload slot and a half-stored job for as long as the client liked. Now the whole body must
/// arrive within <c>BatchEndpointOptions.UploadTimeout</c>, or the upload answers 408 and queues nothing.
/// </summary>
public sealed class UploadTimeoutTests() : KestrelHostTests(new SampleHostFactory { Endpoints = o => o.UploadTimeout = TimeSpan.FromSeconds(3) })
{
    [Fact]
    public async Task An_upload_that_trickles_past_the_upload_timeout_answers_408_and_queues_nothing()
    {
        await using var slow = await SlowUpload.StartAsync(Address);

        var (status, body) = await slow.Answer.WaitAsync(TimeSpan.FromSeconds(50));
        using var http = KestrelClients.Client(Address);
        var listed = await new BatchClient(http).GetJsonAsync("/jobs");

        Assert.Equal(408, status);
        Assert.Equal("The upload did not arrive within 00:00:03 (BatchEndpointOptions.UploadTimeout); nothing was queued.", body!["detail"]!.GetValue<string>());
        Assert.Equal(0, listed["total"]!.GetValue<int>());
    }
}
