using System.Text;
using System.Text.Json;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Events;

/// <summary>
/// Writes the <c>/status</c> body of each event of one stream. A change moves one document at a time, so each
/// document's JSON is kept and written again only when its status, progress or error changed: an event of a
/// 10,000-document job serialises the job's fields and the changed document, not 10,000 documents.
/// </summary>
internal sealed class StatusEventWriter
{
    // The job's own fields are serialised with an empty list, which is then filled with the documents' JSON.
    private const string EmptyDocuments = "\"documents\":[]";
    private readonly Dictionary<string, Written> _documents = new(StringComparer.Ordinal);

    /// <summary>How many documents were serialised so far (for tests: a change costs one).</summary>
    public int DocumentsSerialised { get; private set; }

    public string Write(JobSnapshot snapshot)
    {
        var job = JsonSerializer.Serialize(JobStatusResponse.From(snapshot, limit: 0), BatchHttpJsonContext.Default.JobStatusResponse);
        var at = job.IndexOf(EmptyDocuments, StringComparison.Ordinal);
        var body = new StringBuilder(job.Length + (snapshot.Documents.Count * 128));
        body.Append(job, 0, at + EmptyDocuments.Length - 1);
        var first = true;
        foreach (var document in snapshot.Documents.OrderBy(d => d.Index))
        {
            body.Append(first ? string.Empty : ",").Append(Json(document));
            first = false;
        }

        return body.Append(job, at + EmptyDocuments.Length - 1, job.Length - (at + EmptyDocuments.Length - 1)).ToString();
    }

    private string Json(DocumentRecord document)
    {
        if (_documents.TryGetValue(document.DocId, out var written)
            && written.Status == document.Status && written.Progress.Equals(document.Progress) && written.Error == document.Error)
        {
            return written.Json;
        }

        var json = JsonSerializer.Serialize(DocumentStatusResponse.From(document), BatchHttpJsonContext.Default.DocumentStatusResponse);
        _documents[document.DocId] = new Written(document.Status, document.Progress, document.Error, json);
        DocumentsSerialised++;
        return json;
    }

    private readonly record struct Written(DocumentStatus Status, double Progress, string? Error, string Json);
}
