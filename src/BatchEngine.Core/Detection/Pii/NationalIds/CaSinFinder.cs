using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// Canadian Social Insurance Numbers: nine digits that pass Luhn, first digit not 0 or 8 (never issued), not one
/// digit repeated; <c>130 692 544</c> or <c>130-692-544</c> anywhere, nine bare digits only after a SIN word.
/// A grouped number without a SIN word stays under the evidence threshold: 3-3-3 groups also print phone numbers.
/// </summary>
internal sealed class CaSinFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:CaSin";

    private const double GroupedConfidence = 0.45;
    private const double BareConfidence = 0.3;

    private static readonly int[] Layout = [3, 3, 3];
    private static readonly ContextWords Context = new(["sin", "social insurance", "nas", "assurance sociale", "numéro d'assurance"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<char> digits = stackalloc char[9];
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
            int end = GroupedDigits.Read(text, start, Layout, " -", digits, out char separator);
            runs.SkipTo(end);
            if (end < 0 || !IsValid(digits))
            {
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            if (separator != '\0' || context)
            {
                double confidence = separator == '\0' ? BareConfidence : GroupedConfidence;
                found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            }
        }
    }

    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits[0] is '0' or '8' || !digits.ContainsAnyExcept(digits[0]))
        {
            return false;
        }

        Span<byte> values = stackalloc byte[9];
        for (int i = 0; i < 9; i++)
        {
            values[i] = (byte)(digits[i] - '0');
        }

        return Luhn.IsValid(values);
    }
}
