using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Support;

/// <summary>
/// A test reader for content starting with "TEST\n". The first line after it may be a directive:
/// FAIL (throws), HANG (waits until cancelled), STUCK (blocks its thread, ignoring cancellation), WAIT
/// (waits for <see cref="TestProbe.Gate"/>). The rest is one page of text.
/// </summary>
internal sealed class ScriptedTextReader(TestProbe probe) : IDocumentReader
{
    public const string MediaTypeName = "text/x-batchengine-test";
    public static readonly byte[] Magic = "TEST\n"u8.ToArray();

    public string MediaType => MediaTypeName;

    public bool CanRead(ReadOnlySpan<byte> header)
    {
        probe.CountSniff();
        return header.StartsWith(Magic);
    }

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, leaveOpen: true);
        var text = (await reader.ReadToEndAsync(cancellationToken))[Magic.Length..];
        var directive = text.Split('\n', 2)[0];
        switch (directive)
        {
            case "FAIL":
                throw new InvalidDataException("Unable to extract content");
            case "HANG":
                await probe.ParkAsync(() => Task.Delay(Timeout.Infinite, cancellationToken));
                break;
            case "STUCK":
                await probe.ParkAsync(() =>
                {
                    probe.BlockIgnoringCancellation();
                    return Task.CompletedTask;
                });
                break;
            case "WAIT":
                await probe.ParkAsync(() => probe.Gate.Task.WaitAsync(cancellationToken));
                break;
        }

        return new ExtractedDocument
        {
            Pages = [new PageText(1, text)],
            PageCount = 1,
            MediaType = MediaTypeName,
        };
    }

    /// <summary>Test content with an optional directive.</summary>
    public static byte[] Content(string body = "hello", string? directive = null) =>
        Encoding.UTF8.GetBytes("TEST\n" + (directive is null ? string.Empty : directive + "\n") + body);
}
