using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading;

/// <summary>Builds the default readers as the engine registers them and picks one from a file's first bytes.</summary>
internal static class ReaderTestKit
{
    /// <summary>Long enough for the 569-page book on a busy two-core machine; a hang is caught well before the test run's end.</summary>
    public static readonly TimeSpan PerFileTimeout = TimeSpan.FromSeconds(90);

    public static ReadingLimits DefaultLimits { get; } = ReadingLimits.From(new BatchEngineOptions());

    public static IReadOnlyList<IDocumentReader> DefaultReaders(ReadingLimits? limits = null) =>
    [
        new PdfDocumentReader(limits ?? DefaultLimits),
        new PlainTextDocumentReader(limits ?? DefaultLimits),
    ];

    public static IDocumentReader? Pick(IReadOnlyList<IDocumentReader> readers, byte[] content)
    {
        var header = content.AsSpan(0, Math.Min(1024, content.Length));
        foreach (var reader in readers)
        {
            if (reader.CanRead(header))
            {
                return reader;
            }
        }

        return null;
    }

    public static async Task<ExtractedDocument> ReadWithTimeoutAsync(IDocumentReader reader, byte[] content, CancellationToken cancellationToken = default)
    {
        // The reader runs on its own thread so that a hang fails this test instead of stalling the run.
        var reading = Task.Run(async () => await reader.ReadAsync(new MemoryStream(content, writable: false), cancellationToken), cancellationToken);
        return await reading.WaitAsync(PerFileTimeout, cancellationToken);
    }
}
