using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Banking;

/// <summary>
/// US bank routing (ABA) numbers: nine digits, bare or as <c>dddd-dddd-d</c>, with a Federal Reserve prefix and
/// a valid checksum. About one nine-digit number in twenty passes the checksum by chance, so a bare number counts
/// only near a routing or account word; the printed <c>dddd-dddd-d</c> layout is reported alone, under the evidence threshold.
/// </summary>
internal sealed class BankRoutingFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:BankRouting";

    private const double RoutingWordConfidence = 0.8;
    private const double AccountNearConfidence = 0.65;
    private const double FormattedConfidence = 0.4;

    private static readonly int[] Layout = [4, 4, 1];

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<char> digits = stackalloc char[9];
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int start = runs.Start;
            int end = GroupedDigits.Read(text, start, Layout, "-", digits, out char separator);
            runs.SkipTo(end);
            if (end < 0 || !AbaRoutingNumber.IsValid(digits))
            {
                continue;
            }

            double confidence = BankWords.Routing.Before(text, start, Math.Max(contextWindow, 30)) ? RoutingWordConfidence
                : BankWords.Account.Around(text, start, end, BankWords.Window) ? AccountNearConfidence
                : separator == '-' ? FormattedConfidence
                : 0;
            if (confidence > 0)
            {
                found.Add(new Finding(start, end - start, Type, confidence, MaskStyle.KeepLastFour));
            }
        }
    }
}
