using System.Text.Json;
using System.Text.Json.Nodes;
using BatchEngine.AspNetCore.Events;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 10: a braced GUID id reached the content store's file names and answered 500; <c>/status</c>
/// of a huge job could not be paged; every server-sent event serialised the whole job again.
/// </summary>
public sealed class SmallAmplifierTests() : KestrelHostTests(new SampleHostFactory())
{
    private BatchClient Client => field ??= new BatchClient(KestrelClients.Client(Address));

    [Theory]
    [InlineData("B")]
    [InlineData("P")]
    [InlineData("N")]
    public async Task A_braced_or_other_form_of_a_guid_answers_404_everywhere_not_500(string format)
    {
        var id = Guid.NewGuid().ToString(format);

        using var delete = await Client.Http.DeleteAsync($"/jobs/{Uri.EscapeDataString(id)}");
        using var deleteDocument = await Client.Http.DeleteAsync($"/documents/{Uri.EscapeDataString(id)}");
        using var status = await Client.Http.GetAsync($"/status/{Uri.EscapeDataString(id)}");

        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(delete, 404))["detail"]!.GetValue<string>());
        Assert.Equal("Document not found", (await BatchClient.ReadProblemAsync(deleteDocument, 404))["detail"]!.GetValue<string>());
        Assert.Equal("Job not found", (await BatchClient.ReadProblemAsync(status, 404))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_pages_its_documents_with_offset_and_limit_and_keeps_the_reference_shape_without_them()
    {
        var files = Enumerable.Range(0, 5).Select(i => ($"note{i}.txt", TestFiles.Text($"Note {i}."))).ToArray();
        var jobId = await Client.UploadAcceptedAsync(files);

        var all = await Client.GetJsonAsync($"/status/{jobId}");
        var page = await Client.GetJsonAsync($"/status/{jobId}?offset=1&limit=2");
        using var badLimit = await Client.Http.GetAsync($"/status/{jobId}?limit=0");
        using var badOffset = await Client.Http.GetAsync($"/status/{jobId}?offset=-1");

        Assert.Equal(["job_id", "status", "total_files", "completed", "failed", "progress", "created_at", "updated_at", "documents", "error", "cancelled"], BatchClient.FieldNames(all));
        Assert.Equal(5, all["documents"]!.AsArray().Count);
        Assert.Equal(BatchClient.FieldNames(all), BatchClient.FieldNames(page));
        Assert.Equal(5, page["total_files"]!.GetValue<int>());
        Assert.Equal(["note1.txt", "note2.txt"], page["documents"]!.AsArray().Select(d => d!["filename"]!.GetValue<string>()));
        Assert.Equal("limit must be a whole number from 1 to 2147483647.", (await BatchClient.ReadProblemAsync(badLimit, 400))["detail"]!.GetValue<string>());
        Assert.Equal("offset must be a whole number, 0 or more.", (await BatchClient.ReadProblemAsync(badOffset, 400))["detail"]!.GetValue<string>());
    }

    [Fact]
    public void An_event_after_one_document_changed_serialises_that_document_only_and_writes_the_status_body()
    {
        var now = DateTimeOffset.UtcNow;
        var job = new JobRecord { JobId = Guid.NewGuid().ToString("D"), Status = JobStatus.Processing, TotalFiles = 3, CreatedAt = now, UpdatedAt = now };
        DocumentRecord Document(int i, DocumentStatus status, double progress) => new()
        {
            DocId = $"00000000-0000-0000-0000-00000000000{i}", JobId = job.JobId, Index = i, FileName = $"d{i}.pdf",
            Status = status, Progress = progress, CreatedAt = now, UpdatedAt = now,
        };
        var first = new JobSnapshot(job, [Document(0, DocumentStatus.Processing, 10), Document(1, DocumentStatus.Pending, 0), Document(2, DocumentStatus.Pending, 0)]);
        var second = new JobSnapshot(job with { Progress = 20 }, [Document(0, DocumentStatus.Processing, 30), first.Documents[1], first.Documents[2]]);
        var writer = new StatusEventWriter();

        var a = writer.Write(first);
        var afterFirst = writer.DocumentsSerialised;
        var b = writer.Write(second);

        Assert.Equal(3, afterFirst);
        Assert.Equal(4, writer.DocumentsSerialised);
        Assert.Equal(JsonSerializer.Serialize(JobStatusResponse.From(first), BatchHttpJsonContext.Default.JobStatusResponse), a);
        Assert.Equal(JsonSerializer.Serialize(JobStatusResponse.From(second), BatchHttpJsonContext.Default.JobStatusResponse), b);
        Assert.Equal(30.0, JsonNode.Parse(b)!["documents"]![0]!["progress"]!.GetValue<double>());
    }
}
