using System.Text;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Snippets;

/// <summary>
/// Builds the snippet of a hit: the text around it on one line, with the hit's value masked and every other
/// sensitive value in the window masked too. The values come from the page's <see cref="PageValues"/>, found once
/// for the whole page and shared by every snippet on it, so a value cut by the window's edge is still recognised
/// and shown masked whole. Long random-looking tokens that no finder knows (key material, unknown API keys) are
/// masked as well. With masking off the text is returned as is.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>Tokens at least this long made of letters, digits and <c>+/=_-</c>, with a digit and a letter, are masked.</summary>
    private const int OpaqueTokenLength = 24;

    /// <summary>Numbers with at least this many digits are masked in snippets even when no finder claimed them.</summary>
    private const int LongNumberDigits = 9;

    private readonly SensitiveValueFinders _valueFinders;
    private readonly int _radius;
    private readonly bool _mask;

    public SnippetBuilder(DetectionOptions options)
    {
        _valueFinders = SensitiveValueFinders.For(options);
        _radius = options.SnippetContextCharacters;
        _mask = options.MaskSensitiveValues;
    }

    /// <summary>The page's shared values, or null when snippets are not masked (nothing need be found for them).</summary>
    public PageValues? ValuesOf(string pageText) => _mask ? _valueFinders.PageOf(pageText) : null;

    /// <summary>The snippet of <paramref name="hit"/> in the page whose text is <paramref name="text"/>.</summary>
    public string Build(string text, Finding hit)
    {
        int from = Math.Max(0, hit.Start - _radius);
        int to = Math.Min(text.Length, hit.End + _radius);
        var output = new StringBuilder((to - from) + 16);
        if (!_mask)
        {
            AppendFramed(output, text, from, to, [], mask: false);
            return output.ToString();
        }

        List<Finding> values = ValuesIn(_valueFinders.PageOf(text).All(CancellationToken.None), hit, ref from, ref to);
        AppendFramed(output, text, from, to, values, mask: true);
        return output.ToString();
    }

    /// <summary>The sensitive values overlapping the window, sorted, without overlaps; the window grows to hold them whole.</summary>
    private static List<Finding> ValuesIn(SortedValues pageValues, Finding hit, ref int from, ref int to)
    {
        var values = new List<Finding>();
        if (hit.Mask != MaskStyle.None)
        {
            values.Add(hit);
        }

        pageValues.AddOverlapping(from, to, values);
        values.Sort(SortedValues.ByStartLongerFirst);
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

    private static void AppendFramed(StringBuilder output, ReadOnlySpan<char> text, int from, int to, List<Finding> values, bool mask)
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

            AppendPlain(output, text[cursor..start], mask);
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

        AppendPlain(output, text[cursor..to], mask);
        if (to < text.Length)
        {
            output.Append('…');
        }
    }

    /// <summary>Appends text on one line; when masking, also masks opaque tokens and long numbers no finder recognised.</summary>
    private static void AppendPlain(StringBuilder output, ReadOnlySpan<char> text, bool mask)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (mask)
            {
                int maskedEnd = UnclaimedValueEnd(text, i);
                if (maskedEnd > i)
                {
                    ValueMasker.Append(output, text[i..maskedEnd], MaskStyle.KeepLastFour);
                    i = maskedEnd;
                    continue;
                }
            }

            char c = text[i++];
            output.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }
    }

    /// <summary>The end of an opaque token or a long number starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int UnclaimedValueEnd(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || !IsTokenChar(text[i - 1]))
        {
            int tokenEnd = i;
            while (tokenEnd < text.Length && IsTokenChar(text[tokenEnd]))
            {
                tokenEnd++;
            }

            if (tokenEnd - i >= OpaqueTokenLength && LooksOpaque(text[i..tokenEnd]))
            {
                return tokenEnd;
            }
        }

        return LongNumberEnd(text, i);
    }

    /// <summary>
    /// The end of a number of at least <see cref="LongNumberDigits"/> digits starting at <paramref name="start"/>
    /// (a single space, line break, tab, dash, dot or slash between digit groups allowed: a snippet shows a line break
    /// as a space, so digits on two lines read as one number), or <paramref name="start"/>.
    /// Dates have at most eight digits, so they stay readable; phone, account and reference numbers do not.
    /// </summary>
    private static int LongNumberEnd(ReadOnlySpan<char> text, int start)
    {
        if (!char.IsAsciiDigit(text[start]) || (start > 0 && char.IsAsciiDigit(text[start - 1])))
        {
            return start;
        }

        int digits = 0;
        int end = start;
        int position = start;
        while (position < text.Length)
        {
            if (char.IsAsciiDigit(text[position]))
            {
                digits++;
                end = ++position;
            }
            else if (text[position] is ' ' or '\n' or '\r' or '\t' or '-' or '.' or '/' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return digits >= LongNumberDigits ? end : start;
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
