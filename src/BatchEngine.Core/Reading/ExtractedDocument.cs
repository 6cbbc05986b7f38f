namespace BatchEngine.Reading;

/// <summary>What a reader got out of a document: pages of text and counts.</summary>
public sealed record ExtractedDocument
{
    /// <summary>The pages with text, in order (at most the configured page limit).</summary>
    public required IReadOnlyList<PageText> Pages { get; init; }

    /// <summary>Pages in the document (may exceed <see cref="Pages"/> when a limit cut reading short).</summary>
    public required int PageCount { get; init; }

    /// <summary>Images in the pages that were read.</summary>
    public int ImageCount { get; init; }

    /// <summary>The media type the reader handled (for example <c>application/pdf</c>).</summary>
    public required string MediaType { get; init; }

    /// <summary>True when a page or character limit stopped reading before the end.</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// Images that may hold text, for the OCR stage (images too small to hold text are left out by the reader).
    /// The OCR stage merges their text into <see cref="Pages"/>; the images stay here for the classifier (a chat
    /// model that accepts images sees them) and are never stored.
    /// </summary>
    public IReadOnlyList<DocumentImage> Images { get; init; } = [];

    /// <summary>Why a human should look although reading succeeded (for example: OCR was needed but is unavailable).</summary>
    public IReadOnlyList<string> ReviewReasons { get; init; } = [];

    /// <summary>Pages that could not be parsed and were kept with empty text (the other pages were still read).</summary>
    public int UnreadablePageCount { get; init; }
}
