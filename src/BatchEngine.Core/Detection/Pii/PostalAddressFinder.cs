using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// US postal addresses: a house number and a street with a street-type word, then a city, a state code and a
/// ZIP code (<c>1600 Pennsylvania Avenue NW, Washington, DC 20500</c>). The pattern is tried only where a
/// number starts a word, anchored there, over a bounded slice, so it never scans a page end to end.
/// </summary>
internal sealed partial class PostalAddressFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:PostalAddress";

    private const double BaseConfidence = 0.7;
    private const int MaxAddressLength = 160;

    private static readonly ContextWords Context = new(["address", "residing", "resides", "lives at", "located at", "mail to", "ship to", "home"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOfAny(CharRules.Digits);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            position = DigitRun.End(text, start);
            if (position - start > 6 || !StreetWordFollows(text, position) || CharRules.ContinuesOnLeft(text, start))
            {
                continue;
            }

            ReadOnlySpan<char> slice = text.Slice(start, Math.Min(MaxAddressLength, text.Length - start));
            foreach (ValueMatch match in Address().EnumerateMatches(slice))
            {
                bool context = Context.Before(text, start, contextWindow);
                found.Add(new Finding(start, match.Length, Type, Confidence.WithContext(BaseConfidence, context), MaskStyle.KeepLastFour));
                position = start + match.Length;
                break;
            }
        }
    }

    /// <summary>Cheap filter before the pattern: a house number is followed by a space and a capital or a digit ("5th").</summary>
    private static bool StreetWordFollows(ReadOnlySpan<char> text, int runEnd) =>
        runEnd + 1 < text.Length && text[runEnd] == ' ' && (CharRules.IsUpperAscii(text[runEnd + 1]) || CharRules.IsDigit(text[runEnd + 1]));

    [GeneratedRegex("""
        ^\d{1,6}[A-Z]?
        (?:[ ](?:[NSEW]\.?|North|South|East|West))?
        (?:[ ](?:[A-Z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))){1,4}
        [ ](?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Loop|Alley|Pike|Row)\b\.?
        (?:[ ](?:N|S|E|W|NE|NW|SE|SW)\b\.?)?
        (?:,?[ ](?:(?:Suite|Ste|Apt|Apartment|Unit|Floor|Fl|Room|Rm)\.?[ ]?\#?[A-Za-z0-9-]+|\#[ ]?[A-Za-z0-9-]+))?
        ,?\s+
        [A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3}
        ,[ ]?
        (?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)
        [ ]{1,2}\d{5}(?:-\d{4})?\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
