using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Endpoints;

/// <summary><c>POST /classify</c>: one file answered at once, without a job.</summary>
public sealed class ClassifyEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly BatchClient _client = new(host.CreateClient());

    private static readonly string[] Categories = ["Public", "Confidential", "Highly Sensitive", "Unsafe"];

    [Fact]
    public async Task A_pdf_is_classified_at_once_and_no_job_is_created()
    {
        var client = _client;
        var jobsBefore = (await client.GetJsonAsync("/jobs"))["total"]!.GetValue<int>();

        using var response = await client.Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("../report.pdf", TestFiles.Pdf(), field: "file")));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var jobsAfter = (await client.GetJsonAsync("/jobs"))["total"]!.GetValue<int>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report.pdf", body["filename"]!.GetValue<string>());
        Assert.Contains(body["classification"]!["final_category"]!.GetValue<string>(), Categories);
        Assert.True(body["classification"]!["page_count"]!.GetValue<int>() >= 1);
        Assert.Equal(jobsBefore, jobsAfter);
    }

    [Fact]
    public async Task Text_with_an_ssn_is_highly_sensitive_and_the_value_is_masked()
    {
        var client = _client;
        var text = TestFiles.Text("Employee record. SSN: 536-22-8790. Salary review attached.");

        using var response = await client.Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("hr.txt", text, field: "file")));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Highly Sensitive", JsonNode.Parse(raw)!["classification"]!["final_category"]!.GetValue<string>());
        Assert.DoesNotContain("536-22-8790", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_no_supported_type_is_422_with_the_reason_and_a_missing_file_400()
    {
        var client = _client;

        using var jpeg = await client.Http.PostAsync("/classify", RawMultipart.Content(RawMultipart.File("photo.pdf", TestFiles.Executable(), field: "file")));
        using var none = await client.Http.PostAsync("/classify", RawMultipart.Content(new RawMultipart.Part("form-data; name=\"note\"", TestFiles.Text())));

        Assert.Matches(@"^\w+: .*not supported", (await BatchClient.ReadProblemAsync(jpeg, 422))["detail"]!.GetValue<string>());
        Assert.Equal("No file was uploaded. Send one file as multipart/form-data in the field 'file'.", (await BatchClient.ReadProblemAsync(none, 400))["detail"]!.GetValue<string>());
    }
}
