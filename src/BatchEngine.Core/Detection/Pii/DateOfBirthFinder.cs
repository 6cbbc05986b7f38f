using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Dates of birth: a date (<c>03/14/1985</c>, <c>1985-03-14</c>, <c>14.03.1985</c>, <c>March 14, 1985</c>,
/// <c>14 March 1985</c>) standing within a short distance after a birth word ("date of birth", "DOB", "born").
/// A date with no birth word near it is just a date.
/// </summary>
internal sealed class DateOfBirthFinder : IFinder
{
    public const string Type = "PII:DateOfBirth";

    private const int StrongGroup = 0;
    private const int WeakGroup = 1;
    private const double StrongConfidence = 0.85;
    private const double WeakConfidence = 0.65;

    private static readonly PhraseMatcher BirthWords = new(
    [
        ("date of birth", StrongGroup), ("birth date", StrongGroup), ("birthdate", StrongGroup), ("dob", StrongGroup),
        ("d.o.b", StrongGroup), ("geburtsdatum", StrongGroup), ("date de naissance", StrongGroup),
        ("born", WeakGroup), ("birthday", WeakGroup),
    ]);

    private readonly int _distance;

    public DateOfBirthFinder(int contextWindow) => _distance = Math.Max(20, contextWindow);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        var words = new List<PhraseMatch>();
        BirthWords.FindAll(text, words);
        int consumed = 0;
        foreach (PhraseMatch word in words)
        {
            int from = Math.Max(word.Start + word.Length, consumed);
            int to = Math.Min(text.Length, from + _distance);
            for (int i = from; i < to; i++)
            {
                if (!CharRules.IsWordStart(text, i) || !char.IsAsciiLetterOrDigit(text[i]))
                {
                    continue;
                }

                int length = DateParser.TryParse(text[i..]);
                if (length > 0 && !CharRules.ContinuesOnRight(text, i + length))
                {
                    double confidence = word.Group == StrongGroup ? StrongConfidence : WeakConfidence;
                    found.Add(new Finding(i, length, Type, confidence, MaskStyle.KeepLastFour));
                    consumed = i + length;
                    break;
                }
            }
        }
    }
}
