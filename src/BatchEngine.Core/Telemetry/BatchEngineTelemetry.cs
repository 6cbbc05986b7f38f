using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BatchEngine.Telemetry;

/// <summary>
/// The engine's meter and activity source, both named "BatchEngine". Tags carry ids and outcomes only,
/// never a document's text or a detected value.
/// </summary>
internal static class BatchEngineTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "BatchEngine";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Documents that completed (classified and saved).</summary>
    public static readonly Counter<long> DocumentsProcessed =
        Meter.CreateCounter<long>("batchengine.documents.processed", "{document}", "Documents classified and saved.");

    /// <summary>Documents that failed (error, timeout or unreadable content).</summary>
    public static readonly Counter<long> DocumentsFailed =
        Meter.CreateCounter<long>("batchengine.documents.failed", "{document}", "Documents that failed.");

    /// <summary>Time a worker spent on one document, whatever the outcome.</summary>
    public static readonly Histogram<double> ProcessingDuration =
        Meter.CreateHistogram<double>("batchengine.document.processing.duration", "s", "Time a worker spent on one document.");

    /// <summary>Images Tesseract read (tag <c>outcome</c>: <c>read</c> or <c>failed</c>).</summary>
    public static readonly Counter<long> OcrImagesRead =
        Meter.CreateCounter<long>("batchengine.ocr.images.read", "{image}", "Images read by OCR.");

    /// <summary>Time Tesseract took for one image (its process, not the wait for a free place).</summary>
    public static readonly Histogram<double> OcrImageDuration =
        Meter.CreateHistogram<double>("batchengine.ocr.image.duration", "s", "Time OCR took for one image.");

    /// <summary>Images not read again because the same bytes were already read for the same document.</summary>
    public static readonly Counter<long> OcrImagesReused =
        Meter.CreateCounter<long>("batchengine.ocr.images.reused", "{image}", "Repeated images whose OCR text was reused within a document.");
}
