using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// International bank account numbers: a country code, two check digits and the country's exact length of
/// letters and digits (printed bare or in groups split by single spaces or dashes), accepted only when mod-97 gives 1.
/// </summary>
internal sealed class IbanFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:IBAN";

    private const double BaseConfidence = 0.8;
    private const int MaxLength = 34;

    private static readonly ContextWords Context = new(["iban", "account", "bank", "transfer", "bic", "swift", "kontonummer"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<char> compact = stackalloc char[MaxLength];
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int digitsStart = runs.Start;
            int start = digitsStart - 2;
            if (start < 0 || runs.End - digitsStart < 2 || !CharRules.IsUpperAscii(text[start]) || !CharRules.IsUpperAscii(text[start + 1])
                || !CharRules.IsWordStart(text, start) || !IbanCountries.TryGetLength(text[start], text[start + 1], out int length))
            {
                continue;
            }

            int end = Read(text, start, compact[..length], ' ');
            if (end < 0)
            {
                end = Read(text, start, compact[..length], '-');
            }

            if (end > 0 && Mod97(compact[..length]) == 1)
            {
                bool context = Context.Before(text, start, contextWindow);
                found.Add(new Finding(start, end - start, Type, Confidence.WithContext(BaseConfidence, context), MaskStyle.KeepLastFour));
                runs.SkipTo(end);
            }
        }
    }

    /// <summary>Mod-97 of the IBAN with its first four characters moved to the end, letters counted as 10-35.</summary>
    public static int Mod97(ReadOnlySpan<char> iban)
    {
        int remainder = 0;
        for (int i = 0; i < iban.Length; i++)
        {
            char c = iban[(i + 4) % iban.Length];
            remainder = CharRules.IsDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    /// <summary>Copies exactly <c>compact.Length</c> letters and digits, groups split by <paramref name="separator"/>, into <paramref name="compact"/>; returns the end, or -1.</summary>
    private static int Read(ReadOnlySpan<char> text, int start, Span<char> compact, char separator)
    {
        int count = 0;
        int position = start;
        while (count < compact.Length && position < text.Length)
        {
            char c = text[position];
            if (CharRules.IsDigit(c) || CharRules.IsUpperAscii(c))
            {
                compact[count++] = c;
                position++;
            }
            else if (c == separator && position + 1 < text.Length && char.IsAsciiLetterOrDigit(text[position + 1]) && count >= 4)
            {
                position++;
            }
            else
            {
                return -1;
            }
        }

        bool complete = count == compact.Length && (position >= text.Length || !char.IsAsciiLetterOrDigit(text[position]));
        return complete && !CharRules.ContinuesOnRight(text, position) ? position : -1;
    }
}
