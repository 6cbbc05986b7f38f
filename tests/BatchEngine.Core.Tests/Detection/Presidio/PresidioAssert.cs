namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Checks a ported Presidio case: the default detectors find exactly these spans of one type.</summary>
internal static class PresidioAssert
{
    /// <param name="spans">Presidio's (start, end) pairs flattened; empty when the case checks the count only.</param>
    public static void Finds(string text, string type, int matches, int[] spans)
    {
        var hits = DetectorHarness.Hits(text, type).OrderBy(h => h.Start).ToList();
        Assert.Equal(matches, hits.Count);
        if (spans.Length > 0)
        {
            Assert.Equal(spans, hits.SelectMany(h => new[] { h.Start, h.Start + h.Length }));
        }
    }
}
