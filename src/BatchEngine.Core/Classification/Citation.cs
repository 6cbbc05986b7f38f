namespace BatchEngine.Classification;

/// <summary>Where a piece of evidence stands: the page, a masked snippet around it, and the detector that found it.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Snippet">Text around the hit with the sensitive value masked (unless masking is turned off).</param>
/// <param name="Source">The detector that produced the evidence.</param>
public sealed record Citation(int Page, string Snippet, string Source)
{
    /// <summary>Where the snippet's text came from (<c>text-layer</c>, <c>ocr-page</c>, <c>ocr-image-3</c>, <c>form-field</c>, <c>annotation</c>, ...).</summary>
    public string Origin { get; init; } = "text-layer";
}
