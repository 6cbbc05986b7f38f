using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests;

/// <summary>A Word file and a scanned PDF uploaded to the sample host on a real Kestrel are read, OCR'd and classified.</summary>
public sealed class ReadersEndToEndTests
{
    [Fact]
    public async Task A_docx_and_a_scanned_pdf_are_read_and_classified_through_the_http_api()
    {
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory());
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var client = new BatchClient(http);
        var docx = await File.ReadAllBytesAsync(RepositoryPaths.CorpusFile("office/docx_comments-rich-para.docx"));
        var scan = await File.ReadAllBytesAsync(RepositoryPaths.CorpusFile("real/pdfminer_175.pdf"));

        using var upload = await client.UploadAsync(("comments.docx", docx), ("scan.pdf", scan));
        var body = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("Batch upload initiated. Successfully queued 2 documents.", body["message"]!.GetValue<string>());
        var status = await client.WaitForTerminalAsync(body["job_id"]!.GetValue<string>(), TimeSpan.FromMinutes(8));

        var documents = status["documents"]!.AsArray().Select(d => d!.AsObject()).ToArray();
        Assert.All(documents, d => Assert.True(d["status"]!.GetValue<string>() == "completed", d.ToJsonString()));
        var word = (await client.GetJsonAsync($"/documents/{documents[0]["doc_id"]!.GetValue<string>()}"))["classification"]!;
        var scanned = (await client.GetJsonAsync($"/documents/{documents[1]["doc_id"]!.GetValue<string>()}"))["classification"]!;

        Assert.Equal(1, word["page_count"]!.GetValue<int>());
        Assert.Equal(2, scanned["page_count"]!.GetValue<int>());
        Assert.Equal(2, scanned["image_count"]!.GetValue<int>());
        Assert.DoesNotContain("No-Text", scanned["secondary_tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.DoesNotContain("No extractable text", scanned["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(word["citations"]!.AsArray(), c => Assert.False(string.IsNullOrEmpty(c!["origin"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Health_reports_whether_ocr_is_available()
    {
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory());
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = address };

        using var response = await http.GetAsync("/health");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", health["checks"]!["batchengine-ocr"]!["status"]!.GetValue<string>());
        Assert.Equal("OCR is available.", health["checks"]!["batchengine-ocr"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_says_ocr_is_unavailable_when_tesseract_is_missing_and_the_host_still_serves()
    {
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory { Engine = o => o.Ocr.TesseractPath = "/nonexistent/tesseract" });
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = address };

        using var response = await http.GetAsync("/health");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", health["status"]!.GetValue<string>());
        Assert.StartsWith("OCR is unavailable: Tesseract was not found at /nonexistent/tesseract", health["checks"]!["batchengine-ocr"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
