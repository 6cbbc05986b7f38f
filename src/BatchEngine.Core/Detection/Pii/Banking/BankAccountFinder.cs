using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Banking;

/// <summary>
/// Bank account numbers: 4 to 17 digits (single dashes or spaces allowed) right after an account label
/// ("Account No.:", "Acct #"). Stronger when a bank word or a routing number stands near. An IBAN or a card
/// number has its own finder and is skipped here.
/// </summary>
internal sealed class BankAccountFinder : IFinder
{
    public const string Type = "PII:BankAccount";

    private const double LabelledConfidence = 0.55;
    private const double BankConfidence = 0.75;
    private const int LabelWindow = 25;
    private const int MinDigits = 4;
    private const int MaxDigits = 17;

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        if (!BankWords.Account.AnyIn(text))
        {
            return;
        }

        Span<char> digits = stackalloc char[MaxDigits + 16];
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
            int end = NumberEnd(text, start, digits, out int digitCount);
            runs.SkipTo(end);
            if (end < 0 || digitCount is < MinDigits or > MaxDigits || CharRules.ContinuesOnLeft(text, start) || CharRules.ContinuesOnRight(text, end)
                || !BankWords.Account.Before(text, start, LabelWindow) || CardIssuers.IsCardNumber(digits[..digitCount]))
            {
                continue;
            }

            bool bank = BankWords.Bank.Around(text, start, end, BankWords.Window);
            found.Add(new Finding(start, end - start, Type, bank ? BankConfidence : LabelledConfidence, MaskStyle.KeepLastFour));
        }
    }

    /// <summary>The end of digit groups joined by single dashes or spaces, or -1 when the run is a date.</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int start, Span<char> digits, out int digitCount)
    {
        digitCount = 0;
        int position = start;
        while (true)
        {
            int end = Math.Min(DigitRun.End(text, position), position + digits.Length - digitCount);
            text[position..end].CopyTo(digits[digitCount..]);
            digitCount += end - position;
            position = end;
            if (position + 1 < text.Length && text[position] is '-' or ' ' && CharRules.IsDigit(text[position + 1]) && digitCount < MaxDigits)
            {
                position++;
                continue;
            }

            break;
        }

        return DateParser.TryParse(text[start..]) > 0 ? -1 : position;
    }
}
