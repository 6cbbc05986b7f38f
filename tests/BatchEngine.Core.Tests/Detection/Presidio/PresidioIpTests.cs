using BatchEngine.Detection.Pii.Network;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for IpAddressFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioIpTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_ip_recognizer.py (commit 988fdd91a18a): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "microsoft.com 192.168.0.1", 1, [14, 25] },
        { "my ip: 192.168.0", 0, [] },
        { "microsoft.com 684D:1111:222:3333:4444:5555:6:77", 1, [14, 47] },
        { "my ip: 684D:1111:222:3333:4444:5555:6:77", 1, [7, 40] },
        { "684D:1111:222:3333:4444:5555:77", 0, [] },
        { "2345:0425:2CA1:0000:0000:0567:5673:23b5", 1, [] },
        { "2345:0425:2CA1::0567:5673:23b5", 1, [] },
    };

    // Cases of test_ip_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [15, 17].
        { "Use local ipv6 ::", 0, [], "Presidio scores the unspecified address '::' 0.05-0.15; two colons alone appear in code and prose and identify nobody" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, IpAddressFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, IpAddressFinder.Type, matches, spans);
    }
}
