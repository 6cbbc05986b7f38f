using BatchEngine.Detection;

namespace BatchEngine.Processing;

/// <summary>
/// Caps how many signals a document keeps (<see cref="BatchEngineOptions.MaxRawSignalsPerType"/> per type, then
/// <see cref="BatchEngineOptions.MaxRawSignalsPerDocument"/> in all): a 5 MB list of e-mail addresses would
/// otherwise give ~350k signals, kept, stored and read back on every poll. The strongest signals stay, in their
/// original order; how many of each type were dropped is counted.
/// </summary>
internal sealed class RawSignalLimit(int perType, int perDocument)
{
    public static RawSignalLimit From(BatchEngineOptions options) => new(options.MaxRawSignalsPerType, options.MaxRawSignalsPerDocument);

    /// <summary>The signals kept, and the count dropped per type (added to <paramref name="droppedBefore"/>).</summary>
    public (IReadOnlyList<DetectionSignal> Kept, IReadOnlyDictionary<string, int> Dropped) Apply(
        IReadOnlyList<DetectionSignal> signals, IReadOnlyDictionary<string, int>? droppedBefore = null)
    {
        var dropped = new Dictionary<string, int>(droppedBefore ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        if (signals.Count <= perType && signals.Count <= perDocument)
        {
            return (signals, dropped);
        }

        var keep = new bool[signals.Count];
        var kept = 0;
        foreach (var ofType in Enumerable.Range(0, signals.Count).GroupBy(i => signals[i].Type, StringComparer.Ordinal))
        {
            foreach (var index in Strongest(signals, ofType, perType))
            {
                keep[index] = true;
                kept++;
            }
        }

        if (kept > perDocument)
        {
            var survivors = Enumerable.Range(0, signals.Count).Where(i => keep[i]).ToArray();
            Array.Clear(keep);
            foreach (var index in Strongest(signals, survivors, perDocument))
            {
                keep[index] = true;
            }
        }

        var result = new List<DetectionSignal>(Math.Min(kept, perDocument));
        for (var i = 0; i < signals.Count; i++)
        {
            if (keep[i])
            {
                result.Add(signals[i]);
            }
            else
            {
                dropped[signals[i].Type] = dropped.GetValueOrDefault(signals[i].Type) + 1;
            }
        }

        return (result, dropped);
    }

    // Highest confidence first; among equals, the earlier signal (OrderByDescending is stable).
    private static IEnumerable<int> Strongest(IReadOnlyList<DetectionSignal> signals, IEnumerable<int> indices, int count) =>
        indices.OrderByDescending(i => signals[i].Confidence).Take(count);
}
