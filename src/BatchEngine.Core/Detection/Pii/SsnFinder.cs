using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// US Social Security numbers: <c>123-45-6789</c>, <c>123 45 6789</c> and <c>123.45.6789</c> anywhere, nine bare digits only after a
/// context word. Rejects area 000, 666 and 900-999, group 00, serial 0000, one digit repeated, and the
/// numbers printed in advertisements and examples.
/// </summary>
internal sealed class SsnFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:SSN";

    private const double DashedConfidence = 0.65;
    private const double SpacedConfidence = 0.4;
    private const double BareConfidence = 0.3;

    private static readonly ContextWords Context = new(["ssn", "ss#", "social security", "soc sec", "social insurance", "taxpayer id", "tin"]);

    /// <summary>Published sample numbers (Woolworth wallet card, SSA advertisement, LifeLock advertisement, the textbook example).</summary>
    private static readonly HashSet<int> KnownSamples = [78051120, 219099999, 457555462, 123456789];

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
            int runEnd = runs.End;
            if (CharRules.ContinuesOnLeft(text, start))
            {
                continue;
            }

            int length = runEnd - start;
            if (length == 3 && TryFormatted(text, start, out int end, out char separator))
            {
                int value = DigitRun.Parse(text[start..end]);
                if (IsValid(value))
                {
                    double confidence = separator == '-' ? DashedConfidence : SpacedConfidence;
                    bool context = Context.Before(text, start, contextWindow);
                    found.Add(new Finding(start, end - start, Type, Scanning.Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
                }

                runs.SkipTo(end);
            }
            else if (length == 9 && !CharRules.ContinuesOnRight(text, runEnd) && Context.Before(text, start, contextWindow))
            {
                if (IsValid(DigitRun.Parse(text[start..runEnd])))
                {
                    found.Add(new Finding(start, 9, Type, Scanning.Confidence.WithContext(BareConfidence, true), MaskStyle.KeepLastFour));
                }
            }
        }
    }

    /// <summary>The SSA's rules for numbers that were never issued, plus the known sample numbers.</summary>
    public static bool IsValid(int value)
    {
        int area = value / 1_000_000;
        int group = value / 10_000 % 100;
        int serial = value % 10_000;
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        {
            return false;
        }

        return !KnownSamples.Contains(value) && !DigitRun.AllSame(value, 9);
    }

    private static bool TryFormatted(ReadOnlySpan<char> text, int start, out int end, out char separator)
    {
        end = 0;
        separator = start + 3 < text.Length ? text[start + 3] : '\0';
        if (separator is not ('-' or ' ' or '.') || start + 11 > text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> candidate = text.Slice(start, 11);
        bool shape = DigitRun.AllDigits(candidate[4..6]) && candidate[6] == separator && DigitRun.AllDigits(candidate[7..11]);
        if (!shape || CharRules.ContinuesOnRight(text, start + 11))
        {
            return false;
        }

        end = start + 11;
        return true;
    }
}
