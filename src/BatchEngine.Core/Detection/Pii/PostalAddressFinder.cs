using System.Text.RegularExpressions;
using BatchEngine.Detection.Pii.Addresses;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Postal addresses as forms and letters print them (<see cref="AddressPatterns"/>): a street line with its town
/// and code (US state and ZIP, Canadian postal code, UK postcode), on one line or two; a French street line with
/// its code postal; a German or Dutch street, house number, postcode and town; a P.O. box; a street line alone
/// when a label points at it or it stands on a line of its own; and a form's separate fields, from the
/// "Address:" value to the "Zip:" value. Every pattern is anchored where a number or "Box" or a ZIP label
/// starts and run over a bounded slice, so no pattern scans a page end to end.
/// </summary>
internal sealed class PostalAddressFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:PostalAddress";

    private const double FullConfidence = 0.7;
    private const double PoBoxConfidence = 0.55;
    private const double StreetLineConfidence = 0.45;
    private const double FormFieldsConfidence = 0.75;
    private const int MaxAddressLength = 160;
    private const int FormFieldsWindow = 300;

    private static readonly ContextWords Context = new(["address", "residing", "resides", "lives at", "located at", "mail to", "ship to", "home", "street"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int first = found.Count;
        NumberAnchored(text, found);
        Anchored(text, "box", AddressPatterns.PoBox(), back: 16, found);
        FormFields(text, found, first);
    }

    private void NumberAnchored(ReadOnlySpan<char> text, List<Finding> found)
    {
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
            if (runs.End - start > 6 || CharRules.ContinuesOnLeft(text, start))
            {
                continue;
            }

            ReadOnlySpan<char> slice = text.Slice(start, Math.Min(MaxAddressLength, text.Length - start));
            int end = TryStreet(text, start, slice, out double confidence);
            if (end < 0 && FrenchNumberEnds(text, start, runs.End) && MatchLength(AddressPatterns.French(), slice) is int french and > 0)
            {
                (end, confidence) = (start + french, FullConfidence);
            }

            int streetStart = start;
            if (end < 0 && EuropeanStreetNames.StartBefore(text, start) is int nameStart and >= 0
                && MatchLength(AddressPatterns.EuropeanNumberAndTown(), slice) is int european and > 0)
            {
                (streetStart, end, confidence) = (nameStart, start + european, FullConfidence);
            }

            if (end > 0)
            {
                bool context = Context.Before(text, streetStart, contextWindow);
                found.Add(new Finding(streetStart, end - streetStart, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
                runs.SkipTo(end);
            }
        }
    }

    /// <summary>A street line: with its town and code, or alone when labelled or on a line of its own; the end, or -1.</summary>
    private int TryStreet(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> slice, out double confidence)
    {
        confidence = FullConfidence;
        if (!StreetWordFollows(text, start + DigitRun.End(slice, 0)))
        {
            return -1;
        }

        if (MatchLength(AddressPatterns.StreetWithTown(), slice) is int full and > 0)
        {
            return start + full;
        }

        int line = MatchLength(AddressPatterns.StreetOnly(), slice);
        if (line == 0)
        {
            return -1;
        }

        int end = start + line;
        confidence = StreetLineConfidence;
        bool labelled = Context.Before(text, start, contextWindow);
        return labelled || (AtLineStart(text, start) && RestOfLineIsEmpty(text, end)) ? end : -1;
    }

    /// <summary>Matches <paramref name="pattern"/> starting up to <paramref name="back"/> characters before each occurrence of <paramref name="word"/>.</summary>
    private void Anchored(ReadOnlySpan<char> text, string word, Regex pattern, int back, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return;
            }

            int at = position + index;
            position = at + word.Length;
            int from = Math.Max(0, at - back);
            string slice = text.Slice(from, Math.Min(MaxAddressLength + back, text.Length - from)).ToString();
            for (Match match = pattern.Match(slice); match.Success && from + match.Index <= at; match = match.NextMatch())
            {
                int start = from + match.Index;
                if (!CharRules.IsWordStart(text, start) || Overlaps(found, start))
                {
                    continue;
                }

                double confidence = match.Groups["tail"].Success ? FullConfidence : PoBoxConfidence;
                found.Add(new Finding(start, match.Length, Type, Confidence.WithContext(confidence, Context.Before(text, start, contextWindow)), MaskStyle.KeepLastFour));
                position = start + match.Length;
                break;
            }
        }
    }

    /// <summary>A form's "Address:" value through its "Zip:" value, when no address was found in between already.</summary>
    private static void FormFields(ReadOnlySpan<char> text, List<Finding> found, int first)
    {
        int position = 0;
        var labels = new PostcodeLabels();
        while (position < text.Length)
        {
            int at = labels.Next(text, position);
            if (at < 0)
            {
                return;
            }

            position = at + 3;
            if (!CharRules.IsWordStart(text, at) || AddressPatterns.PostcodeField().Match(text.Slice(at, Math.Min(60, text.Length - at)).ToString()) is not { Success: true } field)
            {
                continue;
            }

            int from = Math.Max(0, at - FormFieldsWindow);
            Match? label = null;
            foreach (Match candidate in AddressPatterns.AddressLabel().Matches(text[from..at].ToString()))
            {
                label = candidate;
            }

            int valueEnd = at + field.Groups["value"].Index + field.Groups["value"].Length;
            if (label is null || from + label.Index + label.Length >= at)
            {
                continue;
            }

            // A street line found inside the fields becomes part of the fields' span; a whole address found already stands.
            int start = from + label.Index + label.Length;
            bool covered = false;
            for (int i = found.Count - 1; i >= first; i--)
            {
                bool inside = found[i].Start >= start && found[i].End <= valueEnd;
                covered |= !inside && found[i].Start < valueEnd && found[i].End > start;
                if (inside)
                {
                    found.RemoveAt(i);
                }
            }

            if (!covered)
            {
                found.Add(new Finding(start, valueEnd - start, Type, FormFieldsConfidence, MaskStyle.KeepLastFour));
            }

            position = valueEnd;
        }
    }

    /// <summary>The length of the anchored pattern's match at the start of <paramref name="slice"/>, or 0; no allocation.</summary>
    private static int MatchLength(Regex pattern, ReadOnlySpan<char> slice)
    {
        foreach (ValueMatch match in pattern.EnumerateMatches(slice))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>
    /// The next "zip" or "post" at or after a position. Each word's next occurrence is kept until passed, so a page
    /// with many of one and none of the other is not searched to its end once per occurrence.
    /// </summary>
    private struct PostcodeLabels()
    {
        private int _zip = -2;
        private int _post = -2;

        public int Next(ReadOnlySpan<char> text, int position)
        {
            _zip = NextOf(text, "zip", position, _zip);
            _post = NextOf(text, "post", position, _post);
            return _zip < 0 ? _post : _post < 0 ? _zip : Math.Min(_zip, _post);
        }

        // -2: not searched yet; -1: none left.
        private static int NextOf(ReadOnlySpan<char> text, string word, int position, int known)
        {
            if (known == -1 || known >= position)
            {
                return known;
            }

            int index = text[position..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            return index < 0 ? -1 : position + index;
        }
    }

    private static bool Overlaps(List<Finding> found, int start)
    {
        foreach (Finding f in found)
        {
            if (start >= f.Start && start < f.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap filter before the French pattern: its house number has at most four digits and a space, comma, "bis" or "ter" after them.</summary>
    private static bool FrenchNumberEnds(ReadOnlySpan<char> text, int start, int runEnd) =>
        runEnd - start <= 4 && runEnd < text.Length && text[runEnd] is ' ' or ',' or 'b' or 't';

    /// <summary>Cheap filter before the pattern: a house number is followed by a space and a capital or a digit ("5th").</summary>
    private static bool StreetWordFollows(ReadOnlySpan<char> text, int runEnd) =>
        runEnd + 1 < text.Length && text[runEnd] is ' ' or 'A' or 'B' && (CharRules.IsUpperAscii(text[runEnd + 1]) || CharRules.IsDigit(text[runEnd + 1]) || text[runEnd + 1] == ' ');

    private static bool AtLineStart(ReadOnlySpan<char> text, int index)
    {
        for (int i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '-' or '>' or '|'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool RestOfLineIsEmpty(ReadOnlySpan<char> text, int end)
    {
        for (int i = end; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '|' or ','))
            {
                return false;
            }
        }

        return true;
    }
}
