using BatchEngine.Detection;
using BatchEngine.Reading;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// Where each signal's text came from: detectors built on <see cref="FindingDetector"/> say so themselves; for
/// the others the page's segments tell. Explanations name a source other than the text layer in words.
/// </summary>
internal static class SignalOrigins
{
    public static List<DetectionSignal> Stamp(IReadOnlyList<DetectionSignal> signals, ExtractedDocument document)
    {
        var pages = document.Pages.ToDictionary(p => p.Number);
        var stamped = new List<DetectionSignal>(signals.Count);
        foreach (var signal in signals)
        {
            stamped.Add(signal.Origin is null && pages.TryGetValue(signal.Page, out var page)
                ? signal with { Origin = page.OriginAt(signal.Start).Code }
                : signal);
        }

        return stamped;
    }

    /// <summary>" from OCR of image 3" for text that is not the text layer's; empty otherwise.</summary>
    public static string Words(DetectionSignal signal) =>
        TextOrigin.TryParse(signal.Origin, out var origin) && origin.Kind != TextOriginKind.TextLayer ? " from " + origin.Words : string.Empty;
}
