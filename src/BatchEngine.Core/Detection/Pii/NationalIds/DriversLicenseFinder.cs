using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// US driver's licence numbers after a licence word. The states use many layouts; the common ones are taken:
/// 1-2 letters and 4-14 digits (<c>H1223456</c>, California's letter and seven digits), or 7-13 digits.
/// Without the word such tokens are order numbers, part numbers and counts, so nothing is reported.
/// </summary>
internal sealed class DriversLicenseFinder() : LabelledIdFinder(Labels, Window, LabelledConfidence)
{
    public const string TypeName = "PII:DriversLicense";

    private const int Window = 40;
    private const double LabelledConfidence = 0.75;

    private static readonly ContextWords Labels = new(
        ["driver's license", "driver license", "drivers license", "driver's licence", "driving licence", "driving license", "driver licence",
         "drivers licence", "license number", "licence number", "license no", "licence no", "dl#", "dl no", "dl number", "lic#", "lic no"]);

    public override string Type => TypeName;

    protected override bool IsShape(ReadOnlySpan<char> token)
    {
        int letters = CountLetters(token);
        return letters switch
        {
            0 => token.Length is >= 7 and <= 13,
            1 or 2 => token.Length - letters is >= 4 and <= 14 && LettersThenDigits(token, letters),
            _ => false,
        };
    }
}
