using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.Tests;

/// <summary>The sample host on a real Kestrel, driven by a plain HttpClient as any client would.</summary>
public sealed class CorpusBatchTests(ITestOutputHelper output)
{
    private static readonly string[] Categories = ["Public", "Confidential", "Highly Sensitive", "Unsafe"];

    [Fact]
    public async Task Every_corpus_pdf_in_one_batch_reaches_a_terminal_state_and_completed_ones_have_a_category()
    {
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory());
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var pdfs = RepositoryPaths.RealPdfs();

        using var form = new MultipartFormDataContent();
        foreach (var pdf in pdfs)
        {
            var part = new StreamContent(File.OpenRead(pdf));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", Path.GetFileName(pdf));
        }

        using var upload = await http.PostAsync("/batch/upload", form);
        var uploaded = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(pdfs.Count, uploaded["total_files"]!.GetValue<int>());
        Assert.Equal($"Batch upload initiated. Successfully queued {pdfs.Count} documents.", uploaded["message"]!.GetValue<string>());

        var client = new BatchClient(http);
        var status = await client.WaitForTerminalAsync(uploaded["job_id"]!.GetValue<string>(), TimeSpan.FromMinutes(10));

        Assert.Equal("completed", status["status"]!.GetValue<string>());
        var documents = status["documents"]!.AsArray().Select(d => d!.AsObject()).ToArray();
        Assert.Equal(pdfs.Select(Path.GetFileName), documents.Select(d => d["filename"]!.GetValue<string>()));
        var tally = new Dictionary<string, int>();
        foreach (var document in documents)
        {
            var state = document["status"]!.GetValue<string>();
            Assert.Contains(state, new[] { "completed", "failed" });
            if (state == "failed")
            {
                Assert.Matches(@"^\w+: \S", document["error"]!.GetValue<string>());
                tally["failed"] = tally.GetValueOrDefault("failed") + 1;
                continue;
            }

            var record = await client.GetJsonAsync($"/documents/{document["doc_id"]!.GetValue<string>()}");
            var category = record["classification"]!["final_category"]!.GetValue<string>();
            Assert.Contains(category, Categories);
            tally[category] = tally.GetValueOrDefault(category) + 1;
        }

        output.WriteLine($"{pdfs.Count} PDFs: " + string.Join(", ", tally.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        Assert.Equal(status["completed"]!.GetValue<int>(), pdfs.Count - tally.GetValueOrDefault("failed"));
        // Most of the corpus is ordinary, readable PDFs; only the encrypted and broken few may fail.
        Assert.True(status["completed"]!.GetValue<int>() >= pdfs.Count * 0.8, $"only {status["completed"]} of {pdfs.Count} completed");
    }

    [Fact]
    public async Task Twenty_clients_uploading_at_once_each_get_their_job_and_lose_no_document()
    {
        // Twenty uploads at once is the scenario: the default cap (16) answers the rest 503 with Retry-After by
        // design (CapacityLimitTests), so this host admits all twenty and the test judges what happens to them.
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory { Endpoints = o => o.MaxConcurrentUploads = 20 });
        await using var _ = host;
        var pdf = await File.ReadAllBytesAsync(RepositoryPaths.CorpusFile("real/pdfjs_issue13201.pdf"));

        var uploads = Enumerable.Range(0, 20).Select(async i =>
        {
            using var http = new HttpClient { BaseAddress = address };
            var client = new BatchClient(http);
            using var response = await client.UploadAsync(
                ($"client{i}-a.pdf", pdf), ($"client{i}-b.txt", TestFiles.Text($"Client {i} notes.")), ($"client{i}-photo.pdf", TestFiles.Executable()));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"Batch upload initiated. Successfully queued 2 documents. Failed: client{i}-photo.pdf", body["message"]!.GetValue<string>());
            var status = await client.WaitForTerminalAsync(body["job_id"]!.GetValue<string>(), TimeSpan.FromMinutes(5));
            return (Client: i, Status: status);
        }).ToArray();
        var results = await Task.WhenAll(uploads);

        Assert.Equal(20, results.Select(r => r.Status["job_id"]!.GetValue<string>()).Distinct().Count());
        foreach (var (client, status) in results)
        {
            Assert.Equal("completed", status["status"]!.GetValue<string>());
            Assert.Equal([$"client{client}-a.pdf", $"client{client}-b.txt"], status["documents"]!.AsArray().Select(d => d!["filename"]!.GetValue<string>()));
            Assert.All(status["documents"]!.AsArray(), d => Assert.Equal("completed", d!["status"]!.GetValue<string>()));
        }
    }
}
