using System.Buffers;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Phone numbers. North American: <c>(212) 555-0123</c>, <c>212-555-0123</c>, <c>212.555.0123</c>,
/// <c>1-212-555-0123</c>, ten bare digits only after a context word; area code and exchange start with 2-9.
/// International: <c>+</c> and 8-15 digits in groups (<c>+44 20 7946 0958</c>, <c>+49 (0)30 901820</c>).
/// A number that continues a longer token (another number, a GUID, a date, a version) is not a phone number.
/// </summary>
internal sealed class PhoneFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:Phone";

    private const double PunctuatedConfidence = 0.55;
    private const double SpacedConfidence = 0.4;
    private const double BareConfidence = 0.3;

    private static readonly SearchValues<char> Starts = SearchValues.Create("0123456789+(");
    private static readonly ContextWords Context = new(["phone", "tel", "telephone", "mobile", "cell", "fax", "call", "ph", "contact", "whatsapp"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOfAny(Starts);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            char first = text[start];
            int end;
            double confidence;
            bool parsed = first switch
            {
                '+' => TryInternational(text, start, out end, out confidence),
                '(' => TryNorthAmerican(text, start, out end, out confidence),
                _ => TryNorthAmerican(text, start, out end, out confidence),
            };

            if (!parsed)
            {
                position = CharRules.IsDigit(first) ? DigitRun.End(text, start) : start + 1;
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            if (confidence > BareConfidence || context)
            {
                found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            }

            position = end;
        }
    }

    private static bool TryNorthAmerican(ReadOnlySpan<char> text, int start, out int end, out double confidence)
    {
        end = 0;
        confidence = PunctuatedConfidence;
        if ((start > 0 && (CharRules.IsWordChar(text[start - 1]) || text[start - 1] is '(' or '+')) || CharRules.ContinuesOnLeft(text, start))
        {
            return false;
        }

        int position = start;
        bool countryCode = At(text, position) == '1' && At(text, position + 1) is '-' or '.' or ' '
            && (CharRules.IsDigit(At(text, position + 2)) || At(text, position + 2) == '(');
        if (countryCode)
        {
            position += 2;
        }

        int areaStart;
        char areaSeparator;
        if (At(text, position) == '(')
        {
            if (!Group(text, position + 1, 3) || At(text, position + 4) != ')')
            {
                return false;
            }

            areaStart = position + 1;
            areaSeparator = ')';
            position += At(text, position + 5) == ' ' ? 6 : 5;
        }
        else
        {
            if (position == start && DigitRun.End(text, start) - start == 10)
            {
                return Bare(text, start, out end, out confidence);
            }

            areaStart = position;
            areaSeparator = At(text, position + 3);
            if (!Group(text, position, 3) || areaSeparator is not ('-' or '.' or ' '))
            {
                return false;
            }

            position += 4;
        }

        char lineSeparator = At(text, position + 3);
        bool separatorsAgree = areaSeparator == ')' ? lineSeparator is '-' or '.' or ' ' : lineSeparator == areaSeparator;
        if (!Group(text, position, 3) || !separatorsAgree || !Group(text, position + 4, 4) || !IsNxx(text, areaStart) || !IsNxx(text, position))
        {
            return false;
        }

        end = position + 8;
        if (CharRules.ContinuesOnRight(text, end))
        {
            return false;
        }

        confidence = areaSeparator == ' ' ? SpacedConfidence : PunctuatedConfidence;
        return true;
    }

    /// <summary>Ten bare digits: a phone number only with a context word (the caller checks).</summary>
    private static bool Bare(ReadOnlySpan<char> text, int start, out int end, out double confidence)
    {
        end = start + 10;
        confidence = BareConfidence;
        return IsNxx(text, start) && IsNxx(text, start + 3) && !CharRules.ContinuesOnRight(text, end);
    }

    private static bool TryInternational(ReadOnlySpan<char> text, int start, out int end, out double confidence)
    {
        end = 0;
        confidence = PunctuatedConfidence;
        if ((start > 0 && CharRules.IsWordChar(text[start - 1])) || !CharRules.IsDigit(At(text, start + 1)))
        {
            return false;
        }

        int position = start + 1;
        int digits = 0;
        int groups = 0;
        while (position < text.Length && groups < 8)
        {
            if (text[position] == '(')
            {
                int close = DigitRun.End(text, position + 1);
                if (close == position + 1 || close - position > 5 || At(text, close) != ')')
                {
                    break;
                }

                digits += close - position - 1;
                position = close + 1;
                if (At(text, position) == ' ')
                {
                    position++;
                }
            }

            int runEnd = DigitRun.End(text, position);
            if (runEnd == position)
            {
                break;
            }

            digits += runEnd - position;
            groups++;
            position = runEnd;
            char next = At(text, position);
            if (next is not (' ' or '-' or '.') || !(CharRules.IsDigit(At(text, position + 1)) || At(text, position + 1) == '('))
            {
                break;
            }

            position++;
        }

        end = position;
        return digits is >= 8 and <= 15 && !CharRules.ContinuesOnRight(text, end);
    }

    private static bool IsNxx(ReadOnlySpan<char> text, int index) => At(text, index) is >= '2' and <= '9';

    /// <summary>True when exactly <paramref name="count"/> digits stand at <paramref name="index"/>.</summary>
    private static bool Group(ReadOnlySpan<char> text, int index, int count) =>
        index + count <= text.Length && DigitRun.End(text, index) == index + count;

    private static char At(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length ? text[index] : '\0';
}
