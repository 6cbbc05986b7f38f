using BatchEngine.Reading;

namespace BatchEngine.Isolation.Host;

/// <summary>Reads PDFs in the extraction pool's child processes: a hostile file costs a child, never the host.</summary>
internal sealed class IsolatedPdfReader(ExtractionProcessPool pool, ReadingLimits limits) : IDocumentReader
{
    public string MediaType => PdfDocumentReader.PdfMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => PdfSniffer.IsPdf(header);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken) =>
        await pool.ReadAsync(await IsolatedContent.FromAsync(content, cancellationToken).ConfigureAwait(false), limits, cancellationToken).ConfigureAwait(false);
}
