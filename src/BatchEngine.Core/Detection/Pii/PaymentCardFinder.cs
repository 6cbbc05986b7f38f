using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Payment card numbers: 13-19 digits, bare or in groups split by one kind of separator (space or dash), that
/// pass the Luhn check and start with a known issuer prefix. When a grouped number runs on (a card followed by
/// a year), the longest leading groups that form a valid card are taken.
/// </summary>
internal sealed class PaymentCardFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:CreditCard";

    private const int MaxDigits = 19;
    private const int MaxGroups = 6;
    private const double GroupedConfidence = 0.7;
    private const double BareConfidence = 0.55;

    private static readonly ContextWords Context = new(
        ["card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "payment", "cc", "cardholder", "pan"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<byte> digits = stackalloc byte[MaxDigits + 8];
        Span<int> groupEnds = stackalloc int[MaxGroups];
        Span<int> digitsAtGroupEnd = stackalloc int[MaxGroups];
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOfAny(CharRules.Digits);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            int runEnd = DigitRun.End(text, start);
            position = runEnd;
            if (CharRules.ContinuesOnLeft(text, start))
            {
                continue;
            }

            int groups = ReadGroups(text, start, digits, groupEnds, digitsAtGroupEnd);
            for (int k = groups; k >= 1; k--)
            {
                int count = digitsAtGroupEnd[k - 1];
                int end = groupEnds[k - 1];
                bool bounded = k < groups || !CharRules.ContinuesOnRight(text, end);
                if (count is < 13 or > MaxDigits || !bounded)
                {
                    continue;
                }

                ReadOnlySpan<byte> number = digits[..count];
                if (Luhn.IsValid(number) && CardIssuers.IsKnown(number))
                {
                    double confidence = k > 1 ? GroupedConfidence : BareConfidence;
                    bool context = Context.Before(text, start, contextWindow);
                    found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
                    position = end;
                    break;
                }
            }
        }
    }

    /// <summary>Reads digit groups joined by one separator kind; returns how many groups were read.</summary>
    private static int ReadGroups(ReadOnlySpan<char> text, int start, Span<byte> digits, Span<int> groupEnds, Span<int> digitsAtGroupEnd)
    {
        int count = 0;
        int groups = 0;
        char separator = '\0';
        int position = start;
        while (groups < MaxGroups)
        {
            int end = DigitRun.End(text, position);
            if (count + (end - position) > digits.Length)
            {
                break;
            }

            for (int i = position; i < end; i++)
            {
                digits[count++] = (byte)(text[i] - '0');
            }

            groupEnds[groups] = end;
            digitsAtGroupEnd[groups] = count;
            groups++;
            if (count > MaxDigits || end + 1 >= text.Length || !CharRules.IsDigit(text[end + 1]))
            {
                break;
            }

            char next = text[end];
            if (next is not (' ' or '-') || (separator != '\0' && next != separator))
            {
                break;
            }

            separator = next;
            position = end + 1;
        }

        return groups;
    }
}
