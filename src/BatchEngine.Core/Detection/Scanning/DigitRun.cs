namespace BatchEngine.Detection.Scanning;

/// <summary>Small helpers over runs of ASCII digits.</summary>
internal static class DigitRun
{
    /// <summary>The index after the run of digits starting at <paramref name="start"/>.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && CharRules.IsDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!CharRules.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The digits of <paramref name="text"/> read as one number, separators skipped (at most 9 digits).</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        int value = 0;
        foreach (char c in text)
        {
            if (CharRules.IsDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }

    /// <summary>True when every one of the <paramref name="digits"/> digits of <paramref name="value"/> is the same.</summary>
    public static bool AllSame(int value, int digits)
    {
        int last = value % 10;
        for (int i = 0; i < digits; i++, value /= 10)
        {
            if (value % 10 != last)
            {
                return false;
            }
        }

        return true;
    }
}
