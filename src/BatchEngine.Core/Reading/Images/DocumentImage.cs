namespace BatchEngine.Reading;

/// <summary>
/// An image a reader found that may hold text, waiting for OCR: its encoded bytes (PNG, JPEG, JPEG 2000,
/// TIFF, BMP, as a decoder reads them), its size from its header, and where it stands.
/// </summary>
public sealed record DocumentImage
{
    /// <summary>The 1-based page it is drawn on (for a multi-frame TIFF, the page of its first frame).</summary>
    public required int Page { get; init; }

    /// <summary>Its 1-based number among the images of its page.</summary>
    public required int Number { get; init; }

    /// <summary>The encoded image.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Width in pixels, from the image's header.</summary>
    public required int Width { get; init; }

    /// <summary>Height in pixels, from the image's header.</summary>
    public required int Height { get; init; }

    /// <summary>
    /// True when the image is the page itself (a scan on a page without a text layer, an uploaded image):
    /// its text is the page's text (<see cref="TextOriginKind.PageOcr"/>), not an embedded image's.
    /// </summary>
    public bool IsPage { get; init; }

    /// <summary>Frames in the image, each its own page from <see cref="Page"/> on (a multi-page TIFF); 1 otherwise.</summary>
    public int Frames { get; init; } = 1;
}
