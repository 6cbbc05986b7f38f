using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Uploads;

/// <summary>Bad uploads: each has a defined answer, and nothing accepted is lost or left half-stored.</summary>
public sealed class BadUploadTests(LimitedHost host) : IClassFixture<LimitedHost>
{
    private readonly SampleHostFactory _host = host;
    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task No_files_field_is_400()
    {
        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(new RawMultipart.Part("form-data; name=\"file\"; filename=\"a.pdf\"", TestFiles.Pdf())));

        Assert.Equal(
            "No files were uploaded. Send one or more files as multipart/form-data in the repeated field 'files'.",
            (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_empty_batch_is_400()
    {
        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(RawMultipart.Body([])));

        Assert.StartsWith("No files were uploaded.", (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_400()
    {
        // The endpoint declares multipart/form-data, so routing itself answers another media type with 415.
        using var json = await _client.Http.PostAsync("/batch/upload", new StringContent("{\"files\": []}", Encoding.UTF8, "application/json"));
        using var noBoundary = await _client.Http.PostAsync("/batch/upload", new ByteArrayContent([]) { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data") } });

        await BatchClient.ReadProblemAsync(json, 415);
        Assert.Equal(
            "Expected a multipart/form-data body with a boundary, carrying the files in the repeated field 'files'.",
            (await BatchClient.ReadProblemAsync(noBoundary, 400))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_zero_byte_file_is_refused_on_its_own()
    {
        using var alone = await _client.UploadAsync(("empty.pdf", TestFiles.Empty()));
        using var beside = await _client.UploadAsync(("empty.pdf", TestFiles.Empty()), ("good.pdf", TestFiles.Pdf()));

        Assert.Equal("All uploads failed. Files: empty.pdf", (await BatchClient.ReadProblemAsync(alone, 400))["detail"]!.GetValue<string>());
        var body = JsonNode.Parse(await beside.Content.ReadAsStringAsync())!;
        Assert.Equal("Batch upload initiated. Successfully queued 1 documents. Failed: empty.pdf", body["message"]!.GetValue<string>());
        Assert.Equal("empty", body["rejected"]![0]!["reason"]!.GetValue<string>());
        await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 1);
    }

    [Fact]
    public async Task An_executable_named_pdf_is_refused_as_unsupported()
    {
        using var response = await _client.UploadAsync(("holiday.pdf", TestFiles.Executable()), ("good.pdf", TestFiles.Pdf()));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Batch upload initiated. Successfully queued 1 documents. Failed: holiday.pdf", body["message"]!.GetValue<string>());
        Assert.Equal("unsupported_type", body["rejected"]![0]!["reason"]!.GetValue<string>());
        await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 1);
    }

    [Fact]
    public async Task A_file_over_the_per_file_limit_is_refused_and_the_rest_queued()
    {
        var big = new byte[250_000];
        TestFiles.Pdf().AsSpan(0, 1024).CopyTo(big);

        using var response = await _client.UploadAsync(("good.pdf", TestFiles.Pdf()), ("big.pdf", big), ("notes.txt", TestFiles.Text()));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Batch upload initiated. Successfully queued 2 documents. Failed: big.pdf", body["message"]!.GetValue<string>());
        Assert.Equal("too_large", body["rejected"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains("200000", body["rejected"]![0]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var status = await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 2);
        Assert.Equal(["good.pdf", "notes.txt"], status["documents"]!.AsArray().Select(d => d!["filename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_batch_over_the_batch_limit_is_413_naming_the_limit_and_nothing_is_queued()
    {
        var jobsBefore = await JobCountAsync();
        var files = Enumerable.Range(0, 5).Select(i => ($"part{i}.txt", new byte[190_000])).ToArray();
        foreach (var (_, content) in files)
        {
            content.AsSpan().Fill((byte)'a');
        }

        using var response = await _client.UploadAsync(files);

        Assert.Equal(
            "The upload is larger than the batch limit of 800000 bytes (BatchEndpointOptions.MaxBatchBytes).",
            (await BatchClient.ReadProblemAsync(response, 413))["detail"]!.GetValue<string>());
        Assert.Equal(jobsBefore, await JobCountAsync());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_streamed_batch_without_length_over_the_limit_is_413()
    {
        var body = RawMultipart.Body(Enumerable.Range(0, 5).Select(i => RawMultipart.File($"p{i}.txt", Encoding.UTF8.GetBytes(new string('b', 190_000)))));
        var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={RawMultipart.Boundary}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/batch/upload") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.Http.SendAsync(request);

        Assert.Contains("BatchEndpointOptions.MaxBatchBytes", (await BatchClient.ReadProblemAsync(response, 413))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Too_many_files_is_400_naming_the_limit_and_nothing_is_queued()
    {
        var jobsBefore = await JobCountAsync();
        var files = Enumerable.Range(0, 6).Select(i => ($"n{i}.txt", TestFiles.Text())).ToArray();

        using var response = await _client.UploadAsync(files);

        Assert.Equal(
            "The upload holds more than the limit of 5 files (BatchEndpointOptions.MaxFilesPerBatch).",
            (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>());
        Assert.Equal(jobsBefore, await JobCountAsync());
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\win.ini.pdf", "win.ini.pdf")]
    [InlineData("/absolute/path/report.pdf", "report.pdf")]
    [InlineData("..", "document")]
    [InlineData("tab\there\u0007bell.pdf", "tabherebell.pdf")]
    [InlineData("\u202Egpj.exe.pdf", "gpj.exe.pdf")]
    [InlineData("résumé 📄 ünïcode.pdf", "résumé 📄 ünïcode.pdf")]
    public async Task Hostile_names_are_cleaned_for_display_and_the_file_queued(string sent, string shown)
    {
        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(RawMultipart.File(sent, TestFiles.Pdf())));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 1);
        Assert.Equal(shown, status["documents"]![0]!["filename"]!.GetValue<string>());
        Assert.Empty(Directory.EnumerateFiles(_host.ContentRoot, "*passwd*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_300_character_name_is_cut_to_255()
    {
        var name = new string('n', 296) + ".pdf";

        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(RawMultipart.File(name, TestFiles.Pdf())));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var status = await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 1);
        var shown = status["documents"]![0]!["filename"]!.GetValue<string>();
        Assert.Equal(255, shown.Length);
        Assert.StartsWith("nnnn", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rfc_5987_filename_star_wins_over_filename()
    {
        var part = new RawMultipart.Part("form-data; name=\"files\"; filename=\"fallback.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%F0%9F%93%84.pdf", TestFiles.Pdf());

        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(part));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var status = await AssertEveryDocumentTerminalAsync(body["job_id"]!.GetValue<string>(), 1);
        Assert.Equal("报告 📄.pdf", status["documents"]![0]!["filename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_400_and_nothing_is_queued()
    {
        var jobsBefore = await JobCountAsync();
        var whole = RawMultipart.Body([RawMultipart.File("a.pdf", TestFiles.Pdf()), RawMultipart.File("b.pdf", TestFiles.Pdf())], close: false);
        var truncated = whole.AsSpan(0, whole.Length - 5000).ToArray();

        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(truncated));

        Assert.Equal("The upload ended before the multipart body was complete.", (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>());
        Assert.Equal(jobsBefore, await JobCountAsync());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Garbage_instead_of_multipart_framing_is_400()
    {
        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(Encoding.ASCII.GetBytes("this is not a multipart body at all")));

        var detail = (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>();
        Assert.Equal("The upload ended before the multipart body was complete.", detail);
    }

    [Fact]
    public async Task Section_headers_over_the_limit_are_400_naming_the_limit()
    {
        var huge = new string('x', 20_000);
        var part = new RawMultipart.Part($"form-data; name=\"files\"; filename=\"{huge}.pdf\"", TestFiles.Pdf());

        using var response = await _client.Http.PostAsync("/batch/upload", RawMultipart.Content(part));

        Assert.Contains("BatchEndpointOptions.MaxSectionHeaderBytes = 16384", (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_of_a_file_over_the_per_file_limit_is_413_naming_the_limit()
    {
        var big = new byte[250_000];
        TestFiles.Pdf().AsSpan(0, 1024).CopyTo(big);

        using var response = await _client.Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("big.pdf", big, field: "file")));

        Assert.Equal(
            "The file is larger than the per-file limit of 200000 bytes (BatchEngineOptions.MaxFileBytes).",
            (await BatchClient.ReadProblemAsync(response, 413))["detail"]!.GetValue<string>());
    }

    private async Task<int> JobCountAsync() => (await _client.GetJsonAsync("/jobs?limit=1000"))["total"]!.GetValue<int>();

    /// <summary>No job folder holds content that no job owns: refused uploads keep nothing.</summary>
    private async Task AssertNothingStoredAsync()
    {
        var jobs = (await _client.GetJsonAsync("/jobs?limit=1000"))["jobs"]!.AsArray().Select(j => j!["job_id"]!.GetValue<string>()).ToHashSet();
        var folders = Directory.Exists(_host.ContentRoot) ? Directory.GetDirectories(_host.ContentRoot) : [];
        foreach (var folder in folders)
        {
            Assert.True(jobs.Contains(Path.GetFileName(folder)) || !Directory.EnumerateFileSystemEntries(folder).Any(), $"Orphaned content in {folder}");
        }
    }

    private async Task<JsonObject> AssertEveryDocumentTerminalAsync(string jobId, int expected)
    {
        var status = await _client.WaitForTerminalAsync(jobId);
        var documents = status["documents"]!.AsArray();
        Assert.Equal(expected, documents.Count);
        Assert.All(documents, d => Assert.Contains(d!["status"]!.GetValue<string>(), new[] { "completed", "failed" }));
        return status;
    }
}

/// <summary>The sample host with small limits: 200,000 bytes a file, 800,000 a batch, 5 files.</summary>
public sealed class LimitedHost : SampleHostFactory
{
    public LimitedHost()
    {
        Engine = o => o.MaxFileBytes = 200_000;
        Endpoints = o =>
        {
            o.MaxFilesPerBatch = 5;
            o.MaxBatchBytes = 800_000;
        };
    }
}
