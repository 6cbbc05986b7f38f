using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Contract;

/// <summary>Every example of the HTTP reference: exact field names, status words, messages and detail strings.</summary>
public sealed class ReferenceContractTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private static readonly string[] UploadFields = ["job_id", "total_files", "status", "message"];
    private static readonly string[] StatusFields = ["job_id", "status", "total_files", "completed", "failed", "progress", "created_at", "updated_at", "documents", "error"];
    private static readonly string[] DocumentFields = ["doc_id", "filename", "status", "progress", "error"];
    private static readonly string[] JobListFields = ["job_id", "status", "total_files", "completed", "failed", "created_at", "updated_at"];
    private static readonly string[] JobStatusWords = ["pending", "processing", "completed", "failed", "cancelled"];
    private static readonly string[] DocumentStatusWords = ["pending", "processing", "completed", "failed", "cancelled"];
    private static readonly string[] Categories = ["Public", "Confidential", "Highly Sensitive", "Unsafe"];
    private static readonly double[] ProgressStages = [0.0, 10.0, 30.0, 60.0, 90.0, 100.0];

    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task Batch_upload_answers_the_reference_fields_status_and_message()
    {
        using var response = await _client.UploadAsync(("document1.pdf", TestFiles.Pdf()), ("document2.pdf", TestFiles.OtherPdf()), ("document3.pdf", TestFiles.Pdf()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Subset(BatchClient.FieldNames(body).ToHashSet(), UploadFields.ToHashSet());
        Assert.True(Guid.TryParse(body["job_id"]!.GetValue<string>(), out _));
        Assert.Equal(3, body["total_files"]!.GetValue<int>());
        Assert.Equal("pending", body["status"]!.GetValue<string>());
        Assert.Equal("Batch upload initiated. Successfully queued 3 documents.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_has_exactly_the_reference_fields_with_documents_in_upload_order()
    {
        var jobId = await _client.UploadAcceptedAsync(("document1.pdf", TestFiles.Pdf()), ("document2.pdf", TestFiles.OtherPdf()), ("document3.pdf", TestFiles.Pdf()));

        using var response = await _client.Http.GetAsync($"/status/{jobId}");
        var raw = await response.Content.ReadAsStringAsync();
        var status = JsonNode.Parse(raw)!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Subset(BatchClient.FieldNames(status).ToHashSet(), StatusFields.ToHashSet());
        Assert.Equal(jobId, status["job_id"]!.GetValue<string>());
        Assert.Contains(status["status"]!.GetValue<string>(), JobStatusWords);
        Assert.Equal(3, status["total_files"]!.GetValue<int>());
        AssertUtcTimestamp(status["created_at"]!.GetValue<string>());
        AssertUtcTimestamp(status["updated_at"]!.GetValue<string>());
        var documents = status["documents"]!.AsArray().Select(d => d!.AsObject()).ToArray();
        Assert.Equal(["document1.pdf", "document2.pdf", "document3.pdf"], documents.Select(d => d["filename"]!.GetValue<string>()));
        foreach (var document in documents)
        {
            Assert.Equal(DocumentFields.Order(), BatchClient.FieldNames(document).Order());
            Assert.Contains(document["status"]!.GetValue<string>(), DocumentStatusWords);
            Assert.Contains(document["progress"]!.GetValue<double>(), ProgressStages);
        }

        // Percentages are written with one decimal, as in the reference ("progress": 66.7, 100.0, 0.0).
        Assert.Matches(new Regex("\"progress\":\\d+\\.\\d[,}]"), raw);
    }

    [Fact]
    public async Task A_finished_job_is_completed_with_every_document_at_100_and_a_category()
    {
        var jobId = await _client.UploadAcceptedAsync(("document1.pdf", TestFiles.Pdf()), ("document2.pdf", TestFiles.OtherPdf()), ("notes.txt", TestFiles.Text()));

        var status = await _client.WaitForTerminalAsync(jobId);

        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Equal(3, status["completed"]!.GetValue<int>());
        Assert.Equal(0, status["failed"]!.GetValue<int>());
        Assert.Equal(100.0, status["progress"]!.GetValue<double>());
        Assert.True(status["error"] is null);
        using var raw = await _client.Http.GetAsync($"/status/{jobId}");
        Assert.Contains("\"progress\":100.0", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var document in status["documents"]!.AsArray().Select(d => d!.AsObject()))
        {
            Assert.Equal("completed", document["status"]!.GetValue<string>());
            Assert.Equal(100.0, document["progress"]!.GetValue<double>());
            var result = await _client.GetJsonAsync($"/documents/{document["doc_id"]!.GetValue<string>()}");
            Assert.Contains(result["classification"]!["final_category"]!.GetValue<string>(), Categories);
        }
    }

    [Fact]
    public async Task A_document_that_cannot_be_read_fails_with_the_reference_shape()
    {
        // Encrypted with a user password: a real PDF header, so it is accepted, and it cannot be read.
        var locked = File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_issue3371.pdf"));
        var jobId = await _client.UploadAcceptedAsync(("document.pdf", locked), ("fine.pdf", TestFiles.Pdf()));

        var status = await _client.WaitForTerminalAsync(jobId);

        Assert.Equal("completed", status["status"]!.GetValue<string>());
        var failed = status["documents"]!.AsArray().Select(d => d!.AsObject()).Single(d => d["filename"]!.GetValue<string>() == "document.pdf");
        Assert.Equal("failed", failed["status"]!.GetValue<string>());
        Assert.Equal(0.0, failed["progress"]!.GetValue<double>());
        Assert.Matches(new Regex(@"^\w+: \S.*"), failed["error"]!.GetValue<string>());
        Assert.Equal(1, status["failed"]!.GetValue<int>());
        Assert.Equal(1, status["completed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Jobs_lists_total_and_jobs_newest_first_with_the_reference_fields()
    {
        var older = await _client.UploadAcceptedAsync(("a.txt", TestFiles.Text()));
        var newer = await _client.UploadAcceptedAsync(("b.txt", TestFiles.Text()), ("c.txt", TestFiles.Text()));

        var list = await _client.GetJsonAsync("/jobs");

        Assert.Subset(BatchClient.FieldNames(list).ToHashSet(), new HashSet<string> { "total", "jobs" });
        var jobs = list["jobs"]!.AsArray().Select(j => j!.AsObject()).ToArray();
        Assert.Equal(list["total"]!.GetValue<int>(), jobs.Length);
        foreach (var job in jobs)
        {
            Assert.Subset(BatchClient.FieldNames(job).ToHashSet(), JobListFields.ToHashSet());
            Assert.Contains(job["status"]!.GetValue<string>(), JobStatusWords);
            AssertUtcTimestamp(job["created_at"]!.GetValue<string>());
        }

        var ids = jobs.Select(j => j["job_id"]!.GetValue<string>()).ToList();
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older), "newest first");
        Assert.Equal(2, jobs.Single(j => j["job_id"]!.GetValue<string>() == newer)["total_files"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("not-a-job")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("job_id")]
    [InlineData("%7Bjob_id%7D")]
    [InlineData("%20")]
    [InlineData("550e8400-e29b-41d4-a716-44665544000Z")]
    public async Task Unknown_or_malformed_job_id_is_404_Job_not_found(string jobId)
    {
        using var response = await _client.Http.GetAsync($"/status/{jobId}");

        var problem = await BatchClient.ReadProblemAsync(response, 404);
        Assert.Equal("Job not found", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_very_long_job_id_is_404_Job_not_found()
    {
        using var response = await _client.Http.GetAsync($"/status/{new string('7', 4000)}");

        var problem = await BatchClient.ReadProblemAsync(response, 404);
        Assert.Equal("Job not found", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("abc-123")]
    public async Task Unknown_document_is_404_Document_not_found(string docId)
    {
        using var response = await _client.Http.GetAsync($"/documents/{docId}");

        var problem = await BatchClient.ReadProblemAsync(response, 404);
        Assert.Equal("Document not found", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Some_files_refused_appends_Failed_with_their_names()
    {
        using var response = await _client.UploadAsync(("good.pdf", TestFiles.Pdf()), ("photo.pdf", TestFiles.Executable()), ("empty.pdf", TestFiles.Empty()));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body["total_files"]!.GetValue<int>());
        Assert.Equal("Batch upload initiated. Successfully queued 1 documents. Failed: photo.pdf, empty.pdf", body["message"]!.GetValue<string>());
        var rejected = body["rejected"]!.AsArray().Select(r => r!.AsObject()).ToArray();
        Assert.Equal(["unsupported_type", "empty"], rejected.Select(r => r["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_file_refused_is_400_All_uploads_failed()
    {
        using var response = await _client.UploadAsync(("document1.pdf", TestFiles.Executable()), ("document2.pdf", TestFiles.Empty()));

        var problem = await BatchClient.ReadProblemAsync(response, 400);
        Assert.Equal("All uploads failed. Files: document1.pdf, document2.pdf", problem["detail"]!.GetValue<string>());
    }

    private static void AssertUtcTimestamp(string value)
    {
        Assert.EndsWith("Z", value, StringComparison.Ordinal);
        var parsed = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$"), value);
    }
}
