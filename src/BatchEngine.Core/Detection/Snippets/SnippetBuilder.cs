using System.Text;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Snippets;

/// <summary>
/// Builds the snippet of a hit: the text around it on one line, with the hit's value masked and every other
/// sensitive value in the window masked too (found by running the value finders over the window plus a margin,
/// so a value cut by the window's edge is still recognised). Long random-looking tokens that no finder knows
/// (key material, unknown API keys) are masked as well. With masking off the text is returned as is.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>Extra text scanned on each side of the window so values straddling its edge are recognised.</summary>
    private const int Margin = 80;

    /// <summary>Tokens at least this long made of letters, digits and <c>+/=_-</c>, with a digit and a letter, are masked.</summary>
    private const int OpaqueTokenLength = 24;

    private readonly IFinder[] _valueFinders;
    private readonly int _radius;
    private readonly bool _mask;

    public SnippetBuilder(DetectionOptions options)
    {
        _valueFinders = SensitiveValueFinders.Create(options.ContextWindowCharacters);
        _radius = options.SnippetContextCharacters;
        _mask = options.MaskSensitiveValues;
    }

    public string Build(ReadOnlySpan<char> text, Finding hit)
    {
        int from = Math.Max(0, hit.Start - _radius);
        int to = Math.Min(text.Length, hit.End + _radius);
        var output = new StringBuilder((to - from) + 16);
        if (!_mask)
        {
            AppendFramed(output, text, from, to, []);
            return output.ToString();
        }

        List<Finding> values = ValuesIn(text, hit, ref from, ref to);
        AppendFramed(output, text, from, to, values);
        return output.ToString();
    }

    /// <summary>The sensitive values overlapping the window, sorted, without overlaps; the window grows to hold them whole.</summary>
    private List<Finding> ValuesIn(ReadOnlySpan<char> text, Finding hit, ref int from, ref int to)
    {
        int scanFrom = Math.Max(0, from - Margin);
        int scanTo = Math.Min(text.Length, to + Margin);
        var found = new List<Finding>();
        foreach (IFinder finder in _valueFinders)
        {
            finder.Find(text[scanFrom..scanTo], 0, found);
        }

        var values = new List<Finding>(found.Count + 1);
        if (hit.Mask != MaskStyle.None)
        {
            values.Add(hit);
        }

        foreach (Finding f in found)
        {
            var shifted = f with { Start = f.Start + scanFrom };
            if (shifted.End > from && shifted.Start < to)
            {
                values.Add(shifted);
            }
        }

        values.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        foreach (Finding value in values)
        {
            // A redacted block is replaced whole, so it need not be shown whole; anything else is widened over.
            if (value.Mask != MaskStyle.Redact)
            {
                from = Math.Min(from, value.Start);
                to = Math.Max(to, value.End);
            }
        }

        return values;
    }

    private static void AppendFramed(StringBuilder output, ReadOnlySpan<char> text, int from, int to, List<Finding> values)
    {
        if (from > 0)
        {
            output.Append('…');
        }

        int cursor = from;
        foreach (Finding value in values)
        {
            int start = Math.Max(value.Start, from);
            if (start < cursor)
            {
                // Overlaps a value already masked: mask the part that sticks out.
                if (value.End > cursor)
                {
                    AppendStars(output, text[cursor..Math.Min(value.End, to)]);
                    cursor = Math.Min(value.End, to);
                }

                continue;
            }

            AppendPlain(output, text[cursor..start]);
            if (value.Start >= from && value.End <= to)
            {
                ValueMasker.Append(output, text[value.Start..value.End], value.Mask);
            }
            else
            {
                output.Append(ValueMasker.RedactedKey);
            }

            cursor = Math.Min(to, value.End);
        }

        AppendPlain(output, text[cursor..to]);
        if (to < text.Length)
        {
            output.Append('…');
        }
    }

    /// <summary>Appends text on one line, masking opaque tokens no finder recognised.</summary>
    private static void AppendPlain(StringBuilder output, ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int tokenEnd = i;
            while (tokenEnd < text.Length && IsTokenChar(text[tokenEnd]))
            {
                tokenEnd++;
            }

            if (tokenEnd - i >= OpaqueTokenLength && LooksOpaque(text[i..tokenEnd]))
            {
                ValueMasker.Append(output, text[i..tokenEnd], MaskStyle.KeepLastFour);
                i = tokenEnd;
                continue;
            }

            for (; i < Math.Max(tokenEnd, i + 1) && i < text.Length; i++)
            {
                char c = text[i];
                output.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
            }
        }
    }

    private static void AppendStars(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            output.Append(char.IsLetterOrDigit(c) ? '*' : ' ');
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '_' or '-';

    private static bool LooksOpaque(ReadOnlySpan<char> token)
    {
        bool digit = false;
        bool letter = false;
        foreach (char c in token)
        {
            digit |= char.IsAsciiDigit(c);
            letter |= char.IsAsciiLetter(c);
        }

        return digit && letter;
    }
}
