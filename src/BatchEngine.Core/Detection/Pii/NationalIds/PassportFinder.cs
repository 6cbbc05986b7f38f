using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// US passport numbers after a passport word: nine digits, or a letter and eight digits (the next-generation
/// books), within 40 characters of "passport" or "travel document". Without the word nine digits are anything.
/// </summary>
internal sealed class PassportFinder() : LabelledIdFinder(Labels, Window, LabelledConfidence)
{
    public const string TypeName = "PII:Passport";

    private const int Window = 40;
    private const double LabelledConfidence = 0.8;

    private static readonly ContextWords Labels = new(["passport", "travel document", "passeport", "reisepass", "pasaporte"]);

    public override string Type => TypeName;

    protected override bool IsShape(ReadOnlySpan<char> token) =>
        token.Length == 9 && (DigitRun.AllDigits(token) || LettersThenDigits(token, 1));
}
