using System.Text;
using BatchEngine.Detection;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;

namespace BatchEngine.Telemetry;

/// <summary>
/// Masks every sensitive value the built-in finders recognise (SSNs, cards, e-mails, phones, IBANs, dates of
/// birth, addresses, secrets) in a text bound for a log or for an outside service (a chat model), the way
/// snippets are masked (<c>***-**-6789</c>). Public so an adapter masks exactly as the engine does.
/// </summary>
public static class SensitiveTextMasker
{
    // The default options: a log line has no engine options at hand, and the defaults find every kind of value.
    private static readonly IFinder[] Finders = SensitiveValueFinders.Create(new DetectionOptions());

    /// <summary>Returns <paramref name="text"/> with every recognised sensitive value masked; unchanged when none is found.</summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var found = new List<Finding>();
        foreach (var finder in Finders)
        {
            finder.Find(text, 0, found);
        }

        if (found.Count == 0)
        {
            return text;
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var output = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var hit in found)
        {
            if (hit.Start < at)
            {
                continue; // overlaps a value already masked
            }

            output.Append(text, at, hit.Start - at);
            ValueMasker.Append(output, text.AsSpan(hit.Start, hit.Length), hit.Mask == MaskStyle.None ? MaskStyle.KeepLastFour : hit.Mask);
            at = hit.End;
        }

        return output.Append(text, at, text.Length - at).ToString();
    }
}
