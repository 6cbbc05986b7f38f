namespace BatchEngine.Detection;

/// <summary>One hit of one detector: what it found, where, how sure, and a masked snippet around it.</summary>
public sealed record DetectionSignal
{
    /// <summary>The detector's name (for example <c>pii</c>).</summary>
    public required string Detector { get; init; }

    /// <summary>What was found, as <c>Family:Kind</c> (for example <c>PII:SSN</c>, <c>Marker:Confidential</c>, <c>Unsafe:Violence</c>).</summary>
    public required string Type { get; init; }

    /// <summary>1-based page number.</summary>
    public required int Page { get; init; }

    /// <summary>How sure the detector is, in [0, 1], context words included.</summary>
    public required double Confidence { get; init; }

    /// <summary>Character offset of the hit in the page's text.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the hit in characters.</summary>
    public required int Length { get; init; }

    /// <summary>
    /// Where the hit's text came from, as a <see cref="Reading.TextOrigin.Code"/> (<c>text-layer</c>, <c>ocr-page</c>,
    /// <c>ocr-image-3</c>, <c>form-field</c>, <c>annotation</c>, <c>comment</c>, ...); null when the detector did not say
    /// (the classifier then looks it up from the page).
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>Text around the hit with the value masked (for example <c>SSN: ***-**-6789</c>).</summary>
    public required string Snippet { get; init; }
}
