using BatchEngine.Reading;

namespace BatchEngine.Tests.Support;

/// <summary>
/// A reader for a made-up format (content starting "BEPROBE\0") that extracts one empty page without
/// reading the bytes, plugged in through the engine's reader extension point. The memory test uses it so
/// that what it measures is the upload path (multipart streaming into the content store), not PDF parsing.
/// </summary>
internal sealed class MemoryProbeReader : IDocumentReader
{
    public static readonly byte[] Magic = "BEPROBE\0"u8.ToArray();

    public string MediaType => "application/x-batchengine-probe";

    public bool CanRead(ReadOnlySpan<byte> header) => header.StartsWith(Magic);

    public ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ExtractedDocument { Pages = [new PageText(1, string.Empty)], PageCount = 1, MediaType = MediaType });
}
