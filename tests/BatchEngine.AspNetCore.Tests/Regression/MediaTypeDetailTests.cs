using System.Net.Http.Headers;
using System.Text;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 16: a form post or a non-multipart body to <c>/batch/upload</c> (or <c>/classify</c>) got the
/// router's own 415, with no <c>detail</c>. Every 4xx must carry one.
/// </summary>
public sealed class MediaTypeDetailTests() : KestrelHostTests(new SampleHostFactory())
{
    private HttpClient Client => field ??= KestrelClients.Client(Address);

    [Theory]
    [InlineData("/batch/upload", "application/x-www-form-urlencoded", "files=a.pdf", "files")]
    [InlineData("/batch/upload", "application/json", "{\"files\":[]}", "files")]
    [InlineData("/batch/upload", "text/plain", "just text", "files")]
    [InlineData("/classify", "application/x-www-form-urlencoded", "file=a.pdf", "file")]
    public async Task A_body_that_is_not_multipart_answers_415_with_a_detail(string path, string mediaType, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);

        using var response = await Client.PostAsync(path, content);
        var problem = await BatchClient.ReadProblemAsync(response, 415);

        Assert.Equal(
            $"Send the request as multipart/form-data, the files in the field '{field}' (a form post or another body type cannot carry files).",
            problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_post_without_any_body_type_answers_415_with_a_detail()
    {
        using var response = await Client.PostAsync("/batch/upload", new ByteArrayContent([]));

        Assert.False(string.IsNullOrEmpty((await BatchClient.ReadProblemAsync(response, 415))["detail"]?.GetValue<string>()));
    }
}
