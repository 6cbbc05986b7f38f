using BatchEngine.Reading;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>Reads a PDF the way the engine does in process: with the engine's PdfPig reader and its default limits.</summary>
internal static class PdfText
{
    private static readonly PdfDocumentReader Reader = new(ReadingLimits.From(new BatchEngineOptions()));

    public static ExtractedDocument Extract(byte[] pdf) => Reader.Read(pdf, CancellationToken.None);
}
