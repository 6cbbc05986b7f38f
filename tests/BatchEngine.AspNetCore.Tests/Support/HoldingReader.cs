using BatchEngine.Reading;

namespace BatchEngine.Tests.Support;

/// <summary>
/// A reader for a made-up format (content starting "BEHOLD\0") that holds each document until
/// <see cref="Release"/> is called, so a test can keep a classification, a document or an event stream running.
/// </summary>
internal sealed class HoldingReader : IDocumentReader
{
    public static readonly byte[] Magic = "BEHOLD\0"u8.ToArray();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holding;

    public string MediaType => "application/x-batchengine-hold";

    /// <summary>Documents held right now.</summary>
    public int Holding => Volatile.Read(ref _holding);

    public bool CanRead(ReadOnlySpan<byte> header) => header.StartsWith(Magic);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _holding);
        try
        {
            await _released.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _holding);
        }

        return new ExtractedDocument { Pages = [new PageText(1, "held notes")], PageCount = 1, MediaType = MediaType };
    }

    public void Release() => _released.TrySetResult();

    public static byte[] Content() => [.. Magic, .. "notes"u8];
}
