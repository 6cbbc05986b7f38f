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

    /// <summary>How PDFs are parsed out of process (on by default: no file can take the host down).</summary>
    public IsolationOptions Isolation { get; set; } = new();

    /// <summary>How text inside images is read (Tesseract; on by default when it is installed).</summary>
    public OcrOptions Ocr { get; set; } = new();
}
