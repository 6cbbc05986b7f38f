using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Endpoints;

/// <summary><c>POST /documents/{doc_id}/review</c>: a reviewer's label is kept beside the machine's answer.</summary>
public sealed class ReviewEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly BatchClient _client = new(host.CreateClient());

    [Fact]
    public async Task Review_is_stored_beside_the_classification_and_exported()
    {
        var (jobId, docId) = await ClassifiedDocumentAsync();
        var machine = (await _client.GetJsonAsync($"/documents/{docId}"))["classification"]!["final_category"]!.GetValue<string>();

        using var response = await PostJsonAsync(docId, """{"new_label": "Highly Sensitive", "reviewer": "dana@example.com", "comment": "Has salary data."}""");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Highly Sensitive", body["review"]!["new_label"]!.GetValue<string>());
        Assert.Equal("dana@example.com", body["review"]!["reviewer"]!.GetValue<string>());
        Assert.Equal("Has salary data.", body["review"]!["comment"]!.GetValue<string>());
        Assert.EndsWith("Z", body["review"]!["reviewed_at"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(machine, body["classification"]!["final_category"]!.GetValue<string>());

        var stored = await _client.GetJsonAsync($"/documents/{docId}");
        Assert.Equal("Highly Sensitive", stored["review"]!["new_label"]!.GetValue<string>());
        var results = await _client.GetJsonAsync($"/jobs/{jobId}/results");
        Assert.Equal("Highly Sensitive", results["results"]![0]!["reviewed_label"]!.GetValue<string>());
        Assert.Equal(machine, results["results"]![0]!["final_category"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"new_label": "Secret", "reviewer": "dana"}""", "new_label must be one of: Public, Confidential, Highly Sensitive, Unsafe.")]
    [InlineData("""{"new_label": "Public"}""", "reviewer is required, at most 200 characters.")]
    [InlineData("""{"new_label": "Public", "reviewer": "   "}""", "reviewer is required, at most 200 characters.")]
    [InlineData("""not json""", "The body must be a JSON object: {\"new_label\": ..., \"reviewer\": ..., \"comment\": ...}.")]
    public async Task A_bad_review_is_400_saying_what_is_wrong(string json, string detail)
    {
        var (_, docId) = await ClassifiedDocumentAsync();

        using var response = await PostJsonAsync(docId, json);

        Assert.Equal(detail, (await BatchClient.ReadProblemAsync(response, 400))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Review_of_an_unknown_document_is_404_and_a_non_json_body_415()
    {
        var (_, docId) = await ClassifiedDocumentAsync();

        using var unknown = await PostJsonAsync(Guid.NewGuid().ToString(), """{"new_label": "Public", "reviewer": "dana"}""");
        using var form = await _client.Http.PostAsync($"/documents/{docId}/review", new StringContent("new_label=Public", Encoding.UTF8, "text/plain"));

        Assert.Equal("Document not found", (await BatchClient.ReadProblemAsync(unknown, 404))["detail"]!.GetValue<string>());
        await BatchClient.ReadProblemAsync(form, 415);
    }

    [Fact]
    public async Task A_review_over_the_size_limit_is_413_naming_the_limit()
    {
        var (_, docId) = await ClassifiedDocumentAsync();
        var comment = new string('x', 70 * 1024);

        using var response = await PostJsonAsync(docId, $$"""{"new_label": "Public", "reviewer": "dana", "comment": "{{comment}}"}""");

        Assert.Contains("BatchEndpointOptions.MaxReviewBytes", (await BatchClient.ReadProblemAsync(response, 413))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(string JobId, string DocId)> ClassifiedDocumentAsync()
    {
        var jobId = await _client.UploadAcceptedAsync(("memo.pdf", TestFiles.Pdf()));
        var status = await _client.WaitForTerminalAsync(jobId);
        return (jobId, status["documents"]![0]!["doc_id"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostJsonAsync(string docId, string json) =>
        _client.Http.PostAsync($"/documents/{docId}/review", new StringContent(json, Encoding.UTF8, "application/json"));
}
