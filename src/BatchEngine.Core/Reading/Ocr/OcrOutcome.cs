namespace BatchEngine.Reading.Ocr;

/// <summary>What OCR of one image gave: its text (frames separated by form feeds), or why it gave none.</summary>
internal readonly record struct OcrOutcome(string Text, string? Failure)
{
    public static OcrOutcome Read(string text) => new(text, null);

    public static OcrOutcome Failed(string failure) => new(string.Empty, failure);
}
