using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Endpoints;

/// <summary><c>GET /status/{job_id}/events</c>: one server-sent event per progress change, ending when terminal.</summary>
public sealed class EventsEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task Events_stream_status_bodies_and_end_after_the_terminal_one()
    {
        var files = Enumerable.Range(0, 8).Select(i => ($"doc{i}.pdf", TestFiles.Pdf())).ToArray();
        var jobId = await _client.UploadAcceptedAsync(files);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var response = await _client.Http.GetAsync($"/status/{jobId}/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = await SseReader.ReadAllAsync(await response.Content.ReadAsStreamAsync(cancel.Token), cancel.Token);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("status", e.Event));
        var bodies = events.Select(e => JsonNode.Parse(e.Data)!.AsObject()).ToArray();
        Assert.All(bodies, b => Assert.Equal(jobId, b["job_id"]!.GetValue<string>()));
        Assert.Equal("completed", bodies[^1]["status"]!.GetValue<string>());
        Assert.All(bodies[..^1], b => Assert.DoesNotContain(b["status"]!.GetValue<string>(), new[] { "completed", "failed", "cancelled" }));
        var progress = bodies.Select(b => b["progress"]!.GetValue<double>()).ToArray();
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(100.0, progress[^1]);
        Assert.Equal(events.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), events.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_of_an_unknown_job_is_404_Job_not_found()
    {
        using var response = await _client.Http.GetAsync($"/status/{Guid.NewGuid()}/events");

        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(response, 404))["detail"]!.GetValue<string>());
    }
}
