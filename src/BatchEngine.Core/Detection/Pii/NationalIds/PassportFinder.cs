using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// Passport numbers after a passport word, within 40 characters of "passport" or "travel document": the US nine
/// digits or a letter and eight digits, and the other countries' six to nine letters and digits with at most two
/// letters (India's <c>X1234567</c>, Canada's <c>AB123456</c>, France's <c>12AB34567</c>). Without the word such
/// tokens are anything.
/// </summary>
internal sealed class PassportFinder() : LabelledIdFinder(Labels, Window, LabelledConfidence)
{
    public const string TypeName = "PII:Passport";

    private const int Window = 40;
    private const double LabelledConfidence = 0.8;

    private static readonly ContextWords Labels = new(["passport", "travel document", "passeport", "reisepass", "pasaporte"]);

    public override string Type => TypeName;

    private const int MinimumDigits = 5;
    private const int MaximumLetters = 2;

    protected override bool IsShape(ReadOnlySpan<char> token)
    {
        int letters = CountLetters(token);
        return token.Length is >= 6 and <= 9 && letters <= MaximumLetters && token.Length - letters >= MinimumDigits && token.ContainsAnyExcept(token[0]);
    }
}
