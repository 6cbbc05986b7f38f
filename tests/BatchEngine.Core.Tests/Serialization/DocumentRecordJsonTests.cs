using System.Text.Json;
using BatchEngine.Jobs;
using BatchEngine.Serialization;

namespace BatchEngine.Tests.Serialization;

/// <summary>The C# property is FileName; the stored and wire name stays "filename", as docs/http.md spells it.</summary>
public sealed class DocumentRecordJsonTests
{
    [Fact]
    public void The_file_name_is_written_and_read_as_filename()
    {
        var now = DateTimeOffset.UnixEpoch;
        var record = new DocumentRecord
        {
            DocId = "d",
            JobId = "j",
            Index = 0,
            FileName = "report.pdf",
            Status = DocumentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };

        var json = JsonSerializer.Serialize(record, BatchEngineJsonContext.Default.DocumentRecord);

        Assert.Contains("\"filename\":\"report.pdf\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("file_name", json, StringComparison.Ordinal);
        Assert.Equal("report.pdf", JsonSerializer.Deserialize("{\"doc_id\":\"d\",\"job_id\":\"j\",\"index\":0,\"filename\":\"report.pdf\",\"status\":\"pending\",\"created_at\":\"1970-01-01T00:00:00+00:00\",\"updated_at\":\"1970-01-01T00:00:00+00:00\"}", BatchEngineJsonContext.Default.DocumentRecord)!.FileName);
    }
}
