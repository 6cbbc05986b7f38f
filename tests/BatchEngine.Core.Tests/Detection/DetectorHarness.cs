using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Safety;
using BatchEngine.Detection.Secrets;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Detection;

/// <summary>Runs the real built-in detectors over text, as the engine does.</summary>
internal static class DetectorHarness
{
    public static IReadOnlyList<IDetector> DefaultDetectors(DetectionOptions? options = null)
    {
        IOptions<DetectionOptions> wrapped = Options.Create(options ?? new DetectionOptions());
        return
        [
            new SsnDetector(wrapped), new PaymentCardDetector(wrapped), new EmailDetector(wrapped), new PhoneDetector(wrapped),
            new IbanDetector(wrapped), new DateOfBirthDetector(wrapped), new PostalAddressDetector(wrapped),
            new SecretDetector(wrapped), new MarkerDetector(wrapped), new UnsafeContentDetector(wrapped),
        ];
    }

    public static ExtractedDocument Document(params string[] pages) => new()
    {
        Pages = pages.Select((text, i) => new PageText(i + 1, text)).ToList(),
        PageCount = pages.Length,
        MediaType = "text/plain",
    };

    public static IReadOnlyList<DetectionSignal> RunAll(ExtractedDocument document, DetectionOptions? options = null) =>
        DefaultDetectors(options)
            .SelectMany(d => d.DetectAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult())
            .ToList();

    public static IReadOnlyList<DetectionSignal> RunAll(string text, DetectionOptions? options = null) => RunAll(Document(text), options);

    /// <summary>The signals of <paramref name="type"/> the default detectors find in <paramref name="text"/>.</summary>
    public static List<DetectionSignal> Hits(string text, string type) => RunAll(text).Where(s => s.Type == type).ToList();

    /// <summary>The text each signal covers.</summary>
    public static string Covered(string text, DetectionSignal signal) => text.Substring(signal.Start, signal.Length);
}
