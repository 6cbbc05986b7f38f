using BatchEngine.Isolation;
using BatchEngine.Reading.Ocr;

namespace BatchEngine;

/// <summary>Settings of the engine, validated when the engine starts.</summary>
public sealed class BatchEngineOptions
{
    /// <summary>Documents processed at once in this process. Default 4.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>A document still running after this fails with a timeout error and frees its worker. Default 2 minutes.</summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Priority of a job submitted without one. Default 0.</summary>
    public int DefaultPriority { get; set; }

    /// <summary>Largest accepted file, in bytes. Default 100 MiB.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most pages a reader extracts from one document; later pages are counted but not read. Default 2,000.</summary>
    public int MaxPages { get; set; } = 2_000;

    /// <summary>Most characters of text extracted from one document. Default 5,000,000.</summary>
    public int MaxExtractedCharacters { get; set; } = 5_000_000;

    /// <summary>How long a finished job is kept before it and its content are deleted; null keeps jobs until deleted. Default 1 day.</summary>
    public TimeSpan? JobRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Folder for uploaded content; null uses a private folder under the system temp folder.</summary>
    public string? ContentRoot { get; set; }

    /// <summary>
    /// Most bytes of small documents (at most 64 KB each) the default content store keeps in memory instead of a
    /// file, when <see cref="ContentRoot"/> is not set (its private folder dies with the process, so memory loses
    /// nothing). Creating a file costs more than a tiny document's processing; 0 writes every document to disk.
    /// Default 16 MiB.
    /// </summary>
    public long SmallContentMemoryBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// Most bytes of uploaded content stored at once (every job's files not yet processed, or kept); null for no
    /// limit. An upload that would go past it is refused whole (HTTP 507). Default 10 GiB.
    /// </summary>
    public long? MaxStoredContentBytes { get; set; } = 10L * 1024 * 1024 * 1024;

    /// <summary>
    /// Keeps a document's uploaded bytes after it completed, failed or was cancelled (until its job is deleted or
    /// expires). Default false: the content is deleted as soon as the document is terminal.
    /// </summary>
    public bool KeepContent { get; set; }

    /// <summary>
    /// Most documents whose work timed out (or was stopped) but still runs, because a reader or detector ignores
    /// cancellation. Past it, workers take no new document until one of them ends. Default 4.
    /// </summary>
    public int MaxAbandonedDocuments { get; set; } = 4;

    /// <summary>Most signals of one type kept in a document's <c>raw_signals</c> (the strongest ones); the rest are counted. Default 100.</summary>
    public int MaxRawSignalsPerType { get; set; } = 100;

    /// <summary>Most signals kept in a document's <c>raw_signals</c> in all (the strongest ones); the rest are counted. Default 1,000.</summary>
    public int MaxRawSignalsPerDocument { get; set; } = 1_000;

    /// <summary>How PDFs are parsed out of process (on by default: no file can take the host down).</summary>
    public IsolationOptions Isolation { get; set; } = new();

    /// <summary>How text inside images is read (Tesseract; on by default when it is installed).</summary>
    public OcrOptions Ocr { get; set; } = new();
}
