namespace BatchEngine.Reading;

/// <summary>Turns a document's bytes into pages of text. Each reader recognises its own format from the first bytes.</summary>
public interface IDocumentReader
{
    /// <summary>The media type this reader handles (for example <c>application/pdf</c>).</summary>
    string MediaType { get; }

    /// <summary>True when <paramref name="header"/>, the content's first bytes (up to 1 KiB), is in this reader's format.</summary>
    bool CanRead(ReadOnlySpan<byte> header);

    /// <summary>Extracts the pages. Throws with a clear message when the content is encrypted, broken or over a limit.</summary>
    ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken);
}
