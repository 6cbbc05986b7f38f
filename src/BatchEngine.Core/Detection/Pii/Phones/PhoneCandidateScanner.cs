using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Phones;

/// <summary>
/// The cheap first pass of phone finding: reads digit groups joined by single separators (space, dash, slash,
/// or dots alone), an optional leading <c>+</c>, parenthesised area codes and an international <c>(0)</c>, and
/// an extension (<c>x1234</c>, <c>ext. 12</c>). Only runs with a phone's digit count and a clean boundary on
/// both sides reach libphonenumber, which costs microseconds per region.
/// </summary>
internal static class PhoneCandidateScanner
{
    public const int MaxDigits = 15;

    private const int MinNationalDigits = 7;
    private const int MinInternationalDigits = 8;
    private const int MaxGroups = 8;
    private const int MaxExtensionDigits = 6;

    /// <summary>Reads the candidate at <paramref name="start"/> into <paramref name="digits"/>; false when the shape is not a phone's.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int start, Span<char> digits, out PhoneCandidate candidate)
    {
        candidate = default;
        if (!LeftBoundaryIsClean(text, start))
        {
            return false;
        }

        bool international = text[start] == '+';
        int position = international ? start + 1 : start;
        if (!CharRules.IsDigit(At(text, position)) && At(text, position) != '(')
        {
            return false;
        }

        int count = 0;
        int groups = 0;
        int singleDigitGroups = 0;
        bool areaInParentheses = false;
        bool dots = false;
        bool others = false;
        bool lastSeparatorIsSpace = false;
        while (groups < MaxGroups)
        {
            if (At(text, position) == '(')
            {
                int close = DigitRun.End(text, position + 1);
                int inside = close - position - 1;
                if (inside is < 1 or > 4 || At(text, close) != ')')
                {
                    return false;
                }

                // "+49 (0)30 ...": the trunk prefix shown in brackets is not dialled from abroad.
                bool trunk = international && inside == 1 && text[position + 1] == '0';
                if (!trunk)
                {
                    if (!Append(text, position + 1, close, digits, ref count))
                    {
                        return false;
                    }

                    areaInParentheses |= groups == 0;
                    groups++;
                }

                position = close + 1;
                if (At(text, position) is ' ' or '-' && CharRules.IsDigit(At(text, position + 1)))
                {
                    others = true;
                    lastSeparatorIsSpace = text[position] == ' ';
                    position++;
                }
                else if (!CharRules.IsDigit(At(text, position)))
                {
                    break;
                }
            }

            int runEnd = DigitRun.End(text, position);
            if (runEnd == position)
            {
                break;
            }

            bool countryCode = international && groups == 0;
            if (runEnd - position == 1 && !countryCode)
            {
                singleDigitGroups++;
            }

            if (!Append(text, position, runEnd, digits, ref count))
            {
                return false;
            }

            groups++;
            position = runEnd;
            char separator = At(text, position);
            char next = At(text, position + 1);
            if (separator is not (' ' or '-' or '.' or '/') || !(CharRules.IsDigit(next) || (next == '(' && separator == ' ')))
            {
                break;
            }

            dots |= separator == '.';
            others |= separator != '.';
            lastSeparatorIsSpace = separator == ' ';
            position++;
        }

        int digitsEnd = position;
        if ((dots && others) || singleDigitGroups > 1 || count < (international ? MinInternationalDigits : MinNationalDigits))
        {
            return false;
        }

        int end = ExtensionEnd(text, digitsEnd);
        if (CharRules.ContinuesOnRight(text, end))
        {
            return false;
        }

        candidate = new PhoneCandidate(start, digitsEnd, end, count, groups, international, areaInParentheses, dots, lastSeparatorIsSpace);
        return true;
    }

    /// <summary>The candidate without its last, space-separated group (a year or count printed after the number), or false.</summary>
    public static bool TryDropLastGroup(ReadOnlySpan<char> text, PhoneCandidate candidate, out PhoneCandidate shorter)
    {
        shorter = default;
        if (!candidate.LastSeparatorIsSpace || candidate.Groups < 3 || candidate.End != candidate.DigitsEnd)
        {
            return false;
        }

        int lastSpace = text[candidate.Start..candidate.DigitsEnd].LastIndexOf(' ') + candidate.Start;
        int removed = candidate.DigitsEnd - lastSpace - 1;
        int count = candidate.DigitCount - removed;
        if (count < (candidate.International ? MinInternationalDigits : MinNationalDigits))
        {
            return false;
        }

        shorter = candidate with { DigitsEnd = lastSpace, End = lastSpace, DigitCount = count, Groups = candidate.Groups - 1, LastSeparatorIsSpace = false };
        return true;
    }

    /// <summary>
    /// No letter, digit or number-joiner before the start, and not the tail of a grouped number
    /// ("NO93 8601 1117 947" is an IBAN, "978-3-16-148410-0" an ISBN).
    /// </summary>
    private static bool LeftBoundaryIsClean(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char before = text[start - 1];
        if (CharRules.IsWordChar(before) || before is '+' or '(' || CharRules.ContinuesOnLeft(text, start))
        {
            return false;
        }

        return !(before is ' ' or '-' or '.' or '/' && start >= 2 && CharRules.IsDigit(text[start - 2]));
    }

    /// <summary>The end of an extension (<c>x1234</c>, <c> ext. 12</c>, <c> extension 5</c>) after the digits, or <paramref name="digitsEnd"/>.</summary>
    private static int ExtensionEnd(ReadOnlySpan<char> text, int digitsEnd)
    {
        int position = digitsEnd;
        if (At(text, position) == ' ')
        {
            position++;
        }

        ReadOnlySpan<char> rest = text[Math.Min(position, text.Length)..];
        int marker = rest.StartsWith("extension", StringComparison.OrdinalIgnoreCase) ? 9
            : rest.StartsWith("ext.", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.StartsWith("ext", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.Length > 0 && rest[0] is 'x' or 'X' ? 1
            : 0;
        if (marker == 0)
        {
            return digitsEnd;
        }

        position += marker;
        if (At(text, position) == ' ')
        {
            position++;
        }

        int end = DigitRun.End(text, position);
        return end - position is >= 1 and <= MaxExtensionDigits ? end : digitsEnd;
    }

    private static bool Append(ReadOnlySpan<char> text, int from, int to, Span<char> digits, ref int count)
    {
        if (count + (to - from) > MaxDigits)
        {
            return false;
        }

        text[from..to].CopyTo(digits[count..]);
        count += to - from;
        return true;
    }

    private static char At(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length ? text[index] : '\0';
}
