namespace BatchEngine.Reading.Ocr;

/// <summary>Tells whether OCR is available on this host (for a health check); registered by <c>AddBatchEngine()</c>.</summary>
public interface IOcrStatus
{
    /// <summary>Finds Tesseract and its languages once, then answers from what it found.</summary>
    ValueTask<OcrAvailability> GetAvailabilityAsync(CancellationToken cancellationToken);
}
