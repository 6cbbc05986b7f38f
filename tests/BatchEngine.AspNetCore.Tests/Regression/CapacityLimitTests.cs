using System.Net;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, items 8 and 9: <c>POST /classify</c>, uploads and event streams had no concurrency limit, a slow
/// upload could hold its connection and half-stored job for ever, and stored content had no quota. Each limit now
/// answers with a problem whose <c>detail</c> names its option: 503 (with <c>Retry-After</c>) and 507
/// (<see cref="UploadTimeoutTests"/> shows the 408).
/// </summary>
public sealed class CapacityLimitTests : KestrelHostTests
{
    private readonly HoldingReader _reader;

    public CapacityLimitTests()
        : this(new HoldingReader())
    {
    }

    private CapacityLimitTests(HoldingReader reader)
        : base(new SampleHostFactory
        {
            Endpoints = o =>
            {
                o.MaxConcurrentClassifications = 1;
                o.MaxConcurrentUploads = 1;
                o.MaxEventStreams = 1;
            },
            Engine = o => { o.MaxStoredContentBytes = 50_000; o.KeepContent = true; },
            MoreServices = s => s.AddSingleton<IDocumentReader>(reader),
        }) => _reader = reader;

    private HttpClient Http => field ??= KestrelClients.Client(Address);

    public override async Task DisposeAsync()
    {
        _reader.Release();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_second_classification_while_the_limit_is_taken_answers_503_and_the_first_completes()
    {
        var first = Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("held.bin", HoldingReader.Content(), field: "file")));
        await Eventually(() => _reader.Holding == 1);

        using var second = await Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("notes.txt", TestFiles.Text(), field: "file")));
        var problem = await BatchClient.ReadProblemAsync(second, 503);
        _reader.Release();
        using var answered = await first;

        Assert.Equal(
            "Too many classifications at once: at most 1 run together (BatchEndpointOptions.MaxConcurrentClassifications). Try again shortly, or upload a batch.",
            problem["detail"]!.GetValue<string>());
        Assert.Equal("1", second.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task A_second_upload_while_a_slow_one_runs_answers_503_and_the_slow_one_is_then_accepted()
    {
        await using var slow = await SlowUpload.StartAsync(Http.BaseAddress!);
        HttpResponseMessage? refused = null;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (refused is null && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            var probe = await Http.PostAsync("/batch/upload", RawMultipart.Content(RawMultipart.File("probe.txt", TestFiles.Text())));
            if (probe.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused = probe;
            }
            else
            {
                probe.Dispose();
                await Task.Delay(50);
            }
        }

        slow.Finish();
        var (status, body) = await slow.Answer;

        Assert.NotNull(refused);
        Assert.Equal(
            "Too many uploads at once: at most 1 run together (BatchEndpointOptions.MaxConcurrentUploads). Try again shortly.",
            (await BatchClient.ReadProblemAsync(refused, 503))["detail"]!.GetValue<string>());
        refused.Dispose();
        Assert.Equal(200, status);
        Assert.Equal(1, body!["total_files"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_second_event_stream_while_the_limit_is_taken_answers_503()
    {
        var client = new BatchClient(Http);
        var jobId = await client.UploadAcceptedAsync(("held.bin", HoldingReader.Content()));
        using var first = await Http.GetAsync($"/status/{jobId}/events", HttpCompletionOption.ResponseHeadersRead);

        using var second = await Http.GetAsync($"/status/{jobId}/events", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(
            "Too many event streams are open: at most 1 at once (BatchEndpointOptions.MaxEventStreams). Poll /status/{job_id} instead, or try again shortly.",
            (await BatchClient.ReadProblemAsync(second, 503))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_upload_past_the_stored_content_quota_answers_507_and_queues_nothing()
    {
        var client = new BatchClient(Http);
        await client.UploadAcceptedAsync(("first.txt", TestFiles.Text(new string('a', 40_000))));

        using var full = await client.UploadAsync(("second.txt", TestFiles.Text(new string('b', 40_000))));
        var problem = await BatchClient.ReadProblemAsync(full, 507);
        var listed = await client.GetJsonAsync("/jobs");

        Assert.StartsWith("The content store is full: uploads may hold at most 50000 bytes at once (BatchEngineOptions.MaxStoredContentBytes).", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, listed["total"]!.GetValue<int>());
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The condition never held.");
            await Task.Delay(10);
        }
    }
}
