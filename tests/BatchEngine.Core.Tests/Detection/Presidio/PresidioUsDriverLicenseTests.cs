using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for DriversLicenseFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUsDriverLicenseTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_us_driver_license_recognizer.py (commit 4013c7cb09fb): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "C12T345672", 0, [] },
        { "ABCDEFG ABCDEFGH ABCDEFGHI", 0, [] },
        { "ABCD ABCDEFGHIJ", 0, [] },
    };

    // Cases of test_us_driver_license_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [0, 9].
        { "H12234567", 0, [], "Presidio scores an unlabelled letter-and-digits token 0.3-0.4; without a licence word it is a part or order number, so nothing is reported" },
        // Presidio: 5 match(es) [0, 9, 10, 20, 21, 32, 33, 45, 46, 59].
        { "123456789 1234567890 12345679012 123456790123 1234567901234 1234", 0, [], "Presidio scores any 9-13 digit run 0-0.02; such runs decide nothing there either, and reporting them would only add noise" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, DriversLicenseFinder.TypeName, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, DriversLicenseFinder.TypeName, matches, spans);
    }
}
