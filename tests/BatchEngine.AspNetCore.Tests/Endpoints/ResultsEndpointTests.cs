using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Endpoints;

/// <summary><c>GET /jobs/{job_id}/results?format=json|csv</c>: one row per document in upload order.</summary>
public sealed class ResultsEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private static readonly string[] Categories = ["Public", "Confidential", "Highly Sensitive", "Unsafe"];

    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task Json_results_have_one_row_per_document_with_the_classification()
    {
        var locked = File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_issue3371.pdf"));
        var jobId = await _client.UploadAcceptedAsync(("first.pdf", TestFiles.Pdf()), ("locked.pdf", locked), ("notes.txt", TestFiles.Text()));
        await _client.WaitForTerminalAsync(jobId);

        var results = await _client.GetJsonAsync($"/jobs/{jobId}/results?format=json");
        var byDefault = await _client.GetJsonAsync($"/jobs/{jobId}/results");

        Assert.Equal(results.ToJsonString(), byDefault.ToJsonString());
        Assert.Equal(jobId, results["job_id"]!.GetValue<string>());
        var rows = results["results"]!.AsArray().Select(r => r!.AsObject()).ToArray();
        Assert.Equal(["first.pdf", "locked.pdf", "notes.txt"], rows.Select(r => r["filename"]!.GetValue<string>()));
        foreach (var row in rows.Where(r => r["status"]!.GetValue<string>() == "completed"))
        {
            Assert.Contains(row["final_category"]!.GetValue<string>(), Categories);
            Assert.InRange(row["confidence"]!.GetValue<double>(), 0.0, 1.0);
            Assert.NotNull(row["secondary_tags"]!.AsArray());
            Assert.NotNull(row["requires_review"]);
        }

        var locked_ = rows[1];
        Assert.Equal("failed", locked_["status"]!.GetValue<string>());
        Assert.Null(locked_["final_category"]);
        Assert.False(string.IsNullOrEmpty(locked_["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Csv_results_have_a_header_and_one_quoted_row_per_document()
    {
        using var upload = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(
            RawMultipart.File("plain.pdf", TestFiles.Pdf()),
            RawMultipart.File("=HYPERLINK(\\\"x\\\"), two.txt", TestFiles.Text())));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var jobId = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["job_id"]!.GetValue<string>();
        await _client.WaitForTerminalAsync(jobId);

        using var response = await _client.Http.GetAsync($"/jobs/{jobId}/results?format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"job-{jobId}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("doc_id,filename,status,final_category,confidence,secondary_tags,requires_review,reviewed_label,error", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",plain.pdf,completed,", lines[1], StringComparison.Ordinal);
        // A name a spreadsheet would run as a formula is quoted and defused with a leading apostrophe.
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\"), two.txt\",completed,", lines[2], StringComparison.Ordinal);
        var category = lines[1].Split(',')[3];
        Assert.Contains(category, Categories);
    }

    [Fact]
    public async Task Unknown_format_is_400_and_unknown_job_404()
    {
        using var badFormat = await _client.Http.GetAsync($"/jobs/{Guid.NewGuid()}/results?format=xml");
        using var unknown = await _client.Http.GetAsync($"/jobs/{Guid.NewGuid()}/results?format=csv");

        Assert.Equal("Unknown format 'xml'. Use json or csv.", (await BatchClient.ReadProblemAsync(badFormat, 400))["detail"]!.GetValue<string>());
        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(unknown, 404))["detail"]!.GetValue<string>());
    }
}
