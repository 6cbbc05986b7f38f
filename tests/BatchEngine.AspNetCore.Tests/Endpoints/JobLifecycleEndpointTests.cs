using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Endpoints;

/// <summary>Cancel, delete and list filters: the endpoints added beyond the reference.</summary>
public sealed class JobLifecycleEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task Cancel_of_a_finished_job_is_409_and_of_an_unknown_job_404()
    {
        var jobId = await _client.UploadAcceptedAsync(("a.txt", TestFiles.Text()));
        await _client.WaitForTerminalAsync(jobId);

        using var finished = await _client.Http.PostAsync($"/jobs/{jobId}/cancel", null);
        using var unknown = await _client.Http.PostAsync($"/jobs/{Guid.NewGuid()}/cancel", null);

        var conflict = await BatchClient.ReadProblemAsync(finished, 409);
        Assert.Equal("Job already finished with status 'completed'.", conflict["detail"]!.GetValue<string>());
        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(unknown, 404))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_of_a_running_job_stops_it_and_every_document_ends_terminal()
    {
        // Enough documents that the four workers cannot finish them before the cancel arrives.
        var files = Enumerable.Range(0, 60).Select(i => ($"doc{i}.pdf", TestFiles.Pdf())).ToArray();
        var jobId = await _client.UploadAcceptedAsync(files);

        using var response = await _client.Http.PostAsync($"/jobs/{jobId}/cancel", null);
        var body = await response.Content.ReadAsStringAsync();

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // The workers won the race; the job is terminal anyway, which is what the rest checks.
            Assert.Contains("Job already finished", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("cancelled", JsonNode.Parse(body)!["status"]!.GetValue<string>());
        }

        var status = await _client.WaitForTerminalAsync(jobId);
        var documents = status["documents"]!.AsArray().Select(d => d!["status"]!.GetValue<string>()).ToArray();
        Assert.Equal(60, documents.Length);
        Assert.All(documents, s => Assert.Contains(s, new[] { "completed", "failed", "cancelled" }));
        Assert.Equal(60, status["completed"]!.GetValue<int>() + status["failed"]!.GetValue<int>() + status["cancelled"]!.GetValue<int>());
    }

    [Fact]
    public async Task Delete_job_removes_it_and_its_documents()
    {
        var jobId = await _client.UploadAcceptedAsync(("a.txt", TestFiles.Text()));
        var status = await _client.WaitForTerminalAsync(jobId);
        var docId = status["documents"]![0]!["doc_id"]!.GetValue<string>();

        using var deleted = await _client.Http.DeleteAsync($"/jobs/{jobId}");
        using var again = await _client.Http.DeleteAsync($"/jobs/{jobId}");
        using var statusAfter = await _client.Http.GetAsync($"/status/{jobId}");
        using var documentAfter = await _client.Http.GetAsync($"/documents/{docId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(again, 404))["detail"]!.GetValue<string>());
        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(statusAfter, 404))["detail"]!.GetValue<string>());
        Assert.Equal("Document not found", (await BatchClient.ReadProblemAsync(documentAfter, 404))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_document_removes_it_from_its_job()
    {
        var jobId = await _client.UploadAcceptedAsync(("keep.txt", TestFiles.Text()), ("drop.txt", TestFiles.Text()));
        var status = await _client.WaitForTerminalAsync(jobId);
        var drop = status["documents"]!.AsArray().Single(d => d!["filename"]!.GetValue<string>() == "drop.txt")!["doc_id"]!.GetValue<string>();

        using var deleted = await _client.Http.DeleteAsync($"/documents/{drop}");
        using var after = await _client.Http.GetAsync($"/documents/{drop}");
        using var malformed = await _client.Http.DeleteAsync("/documents/../../etc");
        var remaining = await _client.GetJsonAsync($"/status/{jobId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("Document not found", (await BatchClient.ReadProblemAsync(after, 404))["detail"]!.GetValue<string>());
        Assert.Equal(["keep.txt"], remaining["documents"]!.AsArray().Select(d => d!["filename"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task Jobs_filters_by_status_and_pages_with_limit_and_offset()
    {
        var first = await _client.UploadAcceptedAsync(("a.txt", TestFiles.Text()));
        var second = await _client.UploadAcceptedAsync(("b.txt", TestFiles.Text()));
        await _client.WaitForTerminalAsync(first);
        await _client.WaitForTerminalAsync(second);

        var completed = await _client.GetJsonAsync("/jobs?status=completed&limit=1&offset=0");
        var next = await _client.GetJsonAsync("/jobs?status=completed&limit=1&offset=1");

        Assert.True(completed["total"]!.GetValue<int>() >= 2);
        Assert.Single(completed["jobs"]!.AsArray());
        Assert.Single(next["jobs"]!.AsArray());
        Assert.NotEqual(completed["jobs"]![0]!["job_id"]!.GetValue<string>(), next["jobs"]![0]!["job_id"]!.GetValue<string>());
        Assert.All(completed["jobs"]!.AsArray(), j => Assert.Equal("completed", j!["status"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/jobs?status=done", "Unknown status 'done'. Use one of: pending, processing, completed, failed, cancelled.")]
    [InlineData("/jobs?limit=0", "limit must be a whole number from 1 to 1000.")]
    [InlineData("/jobs?limit=abc", "limit must be a whole number from 1 to 1000.")]
    [InlineData("/jobs?offset=-1", "offset must be a whole number, 0 or more.")]
    public async Task Jobs_with_a_bad_query_is_400_naming_the_parameter(string path, string detail)
    {
        using var response = await _client.Http.GetAsync(path);

        Assert.Equal(detail, (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>());
    }
}
