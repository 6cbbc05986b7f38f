using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// UK National Insurance numbers: two prefix letters (neither D, F, I, Q, U or V, the second not O, and none of
/// the unused pairs BG, GB, KN, NK, NT, TN, ZZ), six digits (bare or in pairs) and a suffix A-D:
/// <c>AB 12 34 56 C</c>, <c>AB123456C</c>. One letter case throughout.
/// </summary>
internal sealed class UkNinoFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:UkNino";

    private const double BaseConfidence = 0.6;
    private const double LowerCaseConfidence = 0.4;

    private static readonly ContextWords Context = new(["national insurance", "nino", "ni number", "ni no", "insurance number"]);
    private static readonly string[] UnusedPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = PrefixStart(text, runs.Start);
            if (start < 0 || TryRead(text, start) is not (> 0 and int end))
            {
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            double confidence = char.IsLower(text[start]) ? LowerCaseConfidence : BaseConfidence;
            found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            runs.SkipTo(end);
        }
    }

    /// <summary>The start of two prefix letters before the digits at <paramref name="digitsStart"/> (with an optional space), or -1.</summary>
    private static int PrefixStart(ReadOnlySpan<char> text, int digitsStart)
    {
        int letters = digitsStart >= 1 && text[digitsStart - 1] == ' ' ? digitsStart - 1 : digitsStart;
        int start = letters - 2;
        return start >= 0 && char.IsAsciiLetter(text[start]) && char.IsAsciiLetter(text[start + 1]) && CharRules.IsWordStart(text, start) ? start : -1;
    }

    /// <summary>The end of a valid number at <paramref name="start"/>, or -1.</summary>
    private static int TryRead(ReadOnlySpan<char> text, int start)
    {
        bool lower = char.IsLower(text[start]);
        if (char.IsLower(text[start + 1]) != lower || !IsValidPrefix(char.ToUpperInvariant(text[start]), char.ToUpperInvariant(text[start + 1])))
        {
            return -1;
        }

        int position = start + 2;
        if (At(text, position) == ' ')
        {
            position++;
        }

        // Six digits: bare, or three pairs with single spaces between them.
        int runEnd = DigitRun.End(text, position);
        if (runEnd - position == 6)
        {
            position = runEnd;
        }
        else
        {
            for (int pair = 0; pair < 3; pair++)
            {
                if (pair > 0 && At(text, position++) != ' ')
                {
                    return -1;
                }

                if (DigitRun.End(text, position) - position != 2)
                {
                    return -1;
                }

                position += 2;
            }
        }

        if (At(text, position) == ' ')
        {
            position++;
        }

        char suffix = At(text, position);
        bool validSuffix = lower ? suffix is >= 'a' and <= 'd' : suffix is >= 'A' and <= 'D';
        return validSuffix && CharRules.IsWordEnd(text, position + 1) ? position + 1 : -1;
    }

    private static bool IsValidPrefix(char first, char second)
    {
        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' or 'O')
        {
            return false;
        }

        Span<char> pair = [first, second];
        foreach (string unused in UnusedPrefixes)
        {
            if (pair.SequenceEqual(unused))
            {
                return false;
            }
        }

        return true;
    }

    private static char At(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length ? text[index] : '\0';
}
