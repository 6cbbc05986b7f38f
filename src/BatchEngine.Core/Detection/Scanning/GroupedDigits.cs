namespace BatchEngine.Detection.Scanning;

/// <summary>
/// Reads a number printed in fixed digit groups (<c>123-45-6789</c>, <c>130 692 544</c>, <c>3222-7162-7</c>) or as
/// one bare run of the same digits, with one separator kind throughout and clean boundaries on both sides.
/// </summary>
internal static class GroupedDigits
{
    /// <summary>
    /// The end of the number at <paramref name="start"/> in the group <paramref name="sizes"/>, or -1. Its digits go to
    /// <paramref name="digits"/>; <paramref name="separator"/> is the separator used, or <c>'\0'</c> for a bare run.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int start, ReadOnlySpan<int> sizes, string separators, Span<char> digits, out char separator)
    {
        separator = '\0';
        if (!CharRules.IsDigit(text[start]) || CharRules.ContinuesOnLeft(text, start))
        {
            return -1;
        }

        int total = 0;
        foreach (int size in sizes)
        {
            total += size;
        }

        int runEnd = DigitRun.End(text, start);
        if (runEnd - start == total)
        {
            text[start..runEnd].CopyTo(digits);
            return CharRules.ContinuesOnRight(text, runEnd) ? -1 : runEnd;
        }

        int position = start;
        int count = 0;
        for (int g = 0; g < sizes.Length; g++)
        {
            if (g > 0)
            {
                char c = position < text.Length ? text[position] : '\0';
                if (!separators.Contains(c) || (separator != '\0' && c != separator))
                {
                    return -1;
                }

                separator = c;
                position++;
            }

            int end = DigitRun.End(text, position);
            if (end - position != sizes[g])
            {
                return -1;
            }

            text[position..end].CopyTo(digits[count..]);
            count += sizes[g];
            position = end;
        }

        return CharRules.ContinuesOnRight(text, position) ? -1 : position;
    }
}
