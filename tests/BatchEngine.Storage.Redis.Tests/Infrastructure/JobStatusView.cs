using System.Text.Json;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>The parts of <c>GET /status/{job_id}</c> the host tests read.</summary>
internal sealed record JobStatusView(string Status, int TotalFiles, int Completed, int Failed, IReadOnlyList<(string DocId, string Status, string? Error)> Documents)
{
    public int Done => Completed + Failed;

    public bool IsTerminal => Status is "completed" or "failed" or "cancelled";

    public static JobStatusView Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var docs = root.GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("doc_id").GetString()!, d.GetProperty("status").GetString()!, d.GetProperty("error").GetString()))
            .ToList();
        return new JobStatusView(
            root.GetProperty("status").GetString()!,
            root.GetProperty("total_files").GetInt32(),
            root.GetProperty("completed").GetInt32(),
            root.GetProperty("failed").GetInt32(),
            docs);
    }

    public override string ToString() => $"{Status} {Done}/{TotalFiles} (completed {Completed}, failed {Failed})";
}
