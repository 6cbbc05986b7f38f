namespace BatchEngine.Reading.Ocr;

/// <summary>Whether this host can read text in images, and if not, why.</summary>
/// <param name="IsAvailable">True when Tesseract ran and has every configured language.</param>
/// <param name="Reason">Why OCR is unavailable (null when it is available).</param>
/// <param name="Version">Tesseract's version line, when it ran.</param>
/// <param name="Languages">The configured languages (for example <c>eng</c>).</param>
public sealed record OcrAvailability(bool IsAvailable, string? Reason, string? Version, string Languages);
