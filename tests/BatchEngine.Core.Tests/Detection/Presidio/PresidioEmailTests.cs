using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for EmailFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioEmailTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_email_recognizer.py (commit 70f52e4bd54e): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "info@presidio.site", 1, [0, 18] },
        { "my email address is info@presidio.site", 1, [20, 38] },
        { "try one of these emails: info@presidio.site or anotherinfo@presidio.site", 2, [25, 43, 47, 72] },
        { "my email is info@presidio.", 0, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, EmailFinder.Type, matches, spans);
}
