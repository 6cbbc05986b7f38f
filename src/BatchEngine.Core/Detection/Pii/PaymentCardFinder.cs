using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Payment card numbers: 12-19 digits, bare or in groups split by one kind of separator (space or dash), that
/// pass the Luhn check and fall in a network's published range and lengths (<see cref="CardIssuers"/>). When a
/// grouped number runs on (a card followed by a year), the longest leading groups that form a valid card are taken.
/// A bare run is weaker evidence than a printed card layout, and a bare 12-digit run (Maestro's shortest) weaker
/// still; a card word before it ("card", "visa") raises either.
/// </summary>
internal sealed class PaymentCardFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:CreditCard";

    private const int MaxDigits = CardIssuers.MaxLength;
    private const int MaxGroups = 6;
    private const double GroupedConfidence = 0.7;
    private const double BareConfidence = 0.45;
    private const double ShortBareConfidence = 0.3;
    private const double ReferenceConfidence = 0.3;
    private const int ReferenceWindow = 30;

    private static readonly ContextWords Context = new(
        ["card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "payment", "cc", "cardholder", "pan",
         "maestro", "jcb", "diners", "unionpay", "rupay", "mir", "kreditkarte", "carte", "tarjeta", "carta"]);

    /// <summary>Words that label a number as a reference, not a card ("Kenmerk: 5852 5503 1670 1830" on a tax payment).</summary>
    private static readonly ContextWords ReferenceWords = new(
        ["ref", "reference", "referentie", "transactiereferentie", "kenmerk", "order", "invoice", "tracking", "transaction", "id", "no.", "nr", "barcode", "ean", "sku"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<byte> digits = stackalloc byte[MaxDigits + 8];
        Span<int> groupEnds = stackalloc int[MaxGroups];
        Span<int> digitsAtGroupEnd = stackalloc int[MaxGroups];
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
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
                if (count < CardIssuers.MinLength || count > MaxDigits || !bounded || !IsCardLayout(digitsAtGroupEnd, k))
                {
                    continue;
                }

                ReadOnlySpan<byte> number = digits[..count];
                if (Luhn.IsValid(number) && CardIssuers.IsKnown(number))
                {
                    double confidence = k > 1 ? GroupedConfidence : count > CardIssuers.MinLength ? BareConfidence : ShortBareConfidence;
                    bool context = Context.Before(text, start, contextWindow);
                    confidence = ReferenceWords.Before(text, start, ReferenceWindow) ? ReferenceConfidence : Confidence.WithContext(confidence, context);
                    found.Add(new Finding(start, end - start, Type, confidence, MaskStyle.KeepLastFour));
                    runs.SkipTo(end);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// How cards are printed: one run of digits, or groups of four (the last may be shorter, as in 4-4-4-4-3),
    /// or the 4-6-5 and 4-6-4 layouts of American Express and Diners Club. Product codes and references
    /// ("2700550 340010001", "37 90004 17380535") are grouped otherwise.
    /// </summary>
    private static bool IsCardLayout(ReadOnlySpan<int> digitsAtGroupEnd, int groups)
    {
        if (groups == 1)
        {
            return true;
        }

        Span<int> sizes = stackalloc int[groups];
        for (int g = 0; g < groups; g++)
        {
            sizes[g] = digitsAtGroupEnd[g] - (g == 0 ? 0 : digitsAtGroupEnd[g - 1]);
        }

        if (groups == 3 && sizes[0] == 4 && sizes[1] == 6 && sizes[2] is 4 or 5)
        {
            return true;
        }

        for (int g = 0; g < groups; g++)
        {
            bool last = g == groups - 1;
            if (last ? sizes[g] is < 1 or > 4 : sizes[g] != 4)
            {
                return false;
            }
        }

        return true;
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
