using System.Text.Json.Serialization;
using BatchEngine.Classification;

namespace BatchEngine.Jobs;

/// <summary>A point-in-time view of one uploaded document and, once classified, its classification.</summary>
public sealed record DocumentRecord
{
    /// <summary>The document's id (a GUID in its "D" form).</summary>
    public required string DocId { get; init; }

    /// <summary>The job the document belongs to.</summary>
    public required string JobId { get; init; }

    /// <summary>Position in upload order, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The file name as uploaded, cleaned for display. Never used as a path.</summary>
    [JsonPropertyName("filename")]
    public required string FileName { get; init; }

    /// <summary>Who the document's job belongs to (the same as its <see cref="JobRecord.Owner"/>); null when it has no owner.</summary>
    public string? Owner { get; init; }

    /// <summary>The media type sniffed from the content's first bytes (for example <c>application/pdf</c>).</summary>
    public string? MediaType { get; init; }

    /// <summary>Size of the stored content in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The document's status.</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>Progress in percent; only ever one of <see cref="ProgressStages"/>.</summary>
    public double Progress { get; init; }

    /// <summary>"ExceptionType: message" when the document failed; otherwise null.</summary>
    public string? Error { get; init; }

    /// <summary>How many times a worker started this document.</summary>
    public int Attempts { get; init; }

    /// <summary>When the document was accepted (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the document last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The machine's classification, once the document completed.</summary>
    public ClassificationResult? Classification { get; init; }

    /// <summary>A reviewer's override, kept beside the machine's answer, never over it.</summary>
    public DocumentReview? Review { get; init; }
}
