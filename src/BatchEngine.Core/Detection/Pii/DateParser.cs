using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>Reads a calendar date at the start of a span, numeric or with an English month name.</summary>
internal static class DateParser
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The length of the date at the start of <paramref name="text"/>, or 0.</summary>
    public static int TryParse(ReadOnlySpan<char> text) => CharRules.IsDigit(text[0]) ? Math.Max(Numeric(text), DayMonthYear(text)) : MonthDayYear(text);

    /// <summary>
    /// The start of a month name standing right before the number at <paramref name="number"/>
    /// ("March 14", "Mar. 14"), or -1.
    /// </summary>
    public static int MonthNameBefore(ReadOnlySpan<char> text, int number)
    {
        int end = number - 1;
        if (end < 3 || text[end] != ' ')
        {
            return -1;
        }

        int wordEnd = text[end - 1] == '.' ? end - 1 : end;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]) && wordEnd - wordStart < 9)
        {
            wordStart--;
        }

        return wordEnd - wordStart >= 3 && CharRules.IsWordStart(text, wordStart) && Month(text[wordStart..]) > 0 ? wordStart : -1;
    }

    /// <summary><c>MM/DD/YYYY</c>, <c>DD.MM.YY</c>, <c>YYYY-MM-DD</c>: one separator kind, plausible parts.</summary>
    private static int Numeric(ReadOnlySpan<char> text)
    {
        int firstEnd = DigitRun.End(text, 0);
        if (firstEnd is 0 or 3 or > 4 || firstEnd >= text.Length || text[firstEnd] is not ('/' or '-' or '.'))
        {
            return 0;
        }

        char separator = text[firstEnd];
        int secondEnd = DigitRun.End(text, firstEnd + 1);
        if (secondEnd - firstEnd - 1 is < 1 or > 2 || secondEnd >= text.Length || text[secondEnd] != separator)
        {
            return 0;
        }

        int thirdEnd = DigitRun.End(text, secondEnd + 1);
        int thirdLength = thirdEnd - secondEnd - 1;
        int first = DigitRun.Parse(text[..firstEnd]);
        int second = DigitRun.Parse(text[(firstEnd + 1)..secondEnd]);
        int third = DigitRun.Parse(text[(secondEnd + 1)..thirdEnd]);
        bool valid = firstEnd == 4
            ? IsYear(first) && thirdLength is 1 or 2 && IsMonth(second) && IsDay(third)
            : (thirdLength == 2 || (thirdLength == 4 && IsYear(third)))
                && ((IsMonth(first) && IsDay(second)) || (IsDay(first) && IsMonth(second)));
        return valid ? thirdEnd : 0;
    }

    /// <summary><c>14 March 1985</c>, <c>14th Mar 1985</c>.</summary>
    private static int DayMonthYear(ReadOnlySpan<char> text)
    {
        int dayEnd = DigitRun.End(text, 0);
        if (dayEnd > 2 || !IsDay(DigitRun.Parse(text[..dayEnd])))
        {
            return 0;
        }

        int position = SkipOrdinal(text, dayEnd);
        if (position >= text.Length || text[position] != ' ')
        {
            return 0;
        }

        int monthLength = Month(text[(position + 1)..]);
        if (monthLength == 0)
        {
            return 0;
        }

        position += 1 + monthLength;
        position = SkipSeparators(text, position);
        return Year(text, position);
    }

    /// <summary><c>March 14, 1985</c>, <c>Mar. 14 1985</c>.</summary>
    private static int MonthDayYear(ReadOnlySpan<char> text)
    {
        int monthLength = Month(text);
        if (monthLength == 0 || monthLength >= text.Length || text[monthLength] != ' ')
        {
            return 0;
        }

        int dayStart = monthLength + 1;
        int dayEnd = DigitRun.End(text, dayStart);
        if (dayEnd - dayStart is < 1 or > 2 || !IsDay(DigitRun.Parse(text[dayStart..dayEnd])))
        {
            return 0;
        }

        int position = SkipSeparators(text, SkipOrdinal(text, dayEnd));
        return Year(text, position);
    }

    /// <summary>Length of a month name or its three-letter abbreviation (with an optional dot) at the start, or 0.</summary>
    private static int Month(ReadOnlySpan<char> text)
    {
        foreach (string month in Months)
        {
            if (text.StartsWith(month, StringComparison.OrdinalIgnoreCase) && CharRules.IsWordEnd(text, month.Length))
            {
                return month.Length;
            }

            if (text.StartsWith(month.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                if (text.Length > 3 && text[3] == '.')
                {
                    return 4;
                }

                if (CharRules.IsWordEnd(text, 3))
                {
                    return 3;
                }
            }
        }

        return 0;
    }

    private static int Year(ReadOnlySpan<char> text, int position)
    {
        int end = DigitRun.End(text, position);
        return end - position == 4 && IsYear(DigitRun.Parse(text[position..end])) ? end : 0;
    }

    private static int SkipOrdinal(ReadOnlySpan<char> text, int position) =>
        position + 2 <= text.Length && text.Slice(position, 2) is "st" or "nd" or "rd" or "th" ? position + 2 : position;

    private static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ' ' or ',')
        {
            position++;
        }

        return position;
    }

    private static bool IsYear(int year) => year is >= 1900 and <= 2099;

    private static bool IsMonth(int month) => month is >= 1 and <= 12;

    private static bool IsDay(int day) => day is >= 1 and <= 31;
}
