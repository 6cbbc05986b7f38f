using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// US Individual Taxpayer Identification Numbers: <c>9dd-gg-dddd</c> with the group in the IRS's ranges
/// (50-65, 70-88, 90-92, 94-99), dashed or spaced anywhere, nine bare digits only after a tax-id word.
/// </summary>
internal sealed class ItinFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:ITIN";

    private const double DashedConfidence = 0.65;
    private const double SpacedConfidence = 0.45;
    private const double BareConfidence = 0.3;

    private static readonly int[] Layout = [3, 2, 4];
    private static readonly ContextWords Context = new(["itin", "taxpayer", "tax id", "tax identification", "tin", "individual taxpayer", "w-7"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<char> digits = stackalloc char[9];
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOf('9');
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            int end = GroupedDigits.Read(text, start, Layout, "- .", digits, out char separator);
            position = end > 0 ? end : DigitRun.End(text, start);
            if (end < 0 || !IsValid(digits))
            {
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            double confidence = separator switch
            {
                '-' => DashedConfidence,
                '\0' => BareConfidence,
                _ => SpacedConfidence,
            };
            if (separator != '\0' || context)
            {
                found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            }
        }
    }

    /// <summary>Starts with 9 and has its fourth and fifth digits in a range the IRS assigns to ITINs.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        int group = ((digits[3] - '0') * 10) + (digits[4] - '0');
        return digits[0] == '9' && group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
    }
}
