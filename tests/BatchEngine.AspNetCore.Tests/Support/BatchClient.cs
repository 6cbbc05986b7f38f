using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BatchEngine.Tests.Support;

/// <summary>Calls the batch API the way a client would, and reads the answers as plain JSON (no shared DTOs).</summary>
internal sealed class BatchClient(HttpClient http)
{
    public static readonly string[] TerminalJobStatuses = ["completed", "failed", "cancelled"];

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> UploadAsync(params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await Http.PostAsync("/batch/upload", form);
    }

    /// <summary>Uploads and returns the job id, failing the test unless the upload was accepted.</summary>
    public async Task<string> UploadAcceptedAsync(params (string Name, byte[] Content)[] files)
    {
        using var response = await UploadAsync(files);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Upload answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["job_id"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Polls /status every 100 ms until the job is terminal; generous timeout, as the machines are shared.</summary>
    public async Task<JsonObject> WaitForTerminalAsync(string jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var status = await GetJsonAsync($"/status/{jobId}");
            if (TerminalJobStatuses.Contains(status["status"]!.GetValue<string>()))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} not terminal in time: {status.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(expectedStatus, problem["status"]!.GetValue<int>());
        return problem;
    }

    public static string[] FieldNames(JsonObject json) => json.Select(p => p.Key).ToArray();

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
