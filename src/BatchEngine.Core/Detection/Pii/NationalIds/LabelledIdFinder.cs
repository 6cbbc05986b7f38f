using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>
/// Identifiers that have no check digit and no shape of their own (US passport and driver's licence numbers), so
/// they count only when a label stands close before them: a token of letters and digits of an accepted shape
/// within a short window after a context word ("passport no.", "driver's license"). Confidence is the label's.
/// </summary>
internal abstract class LabelledIdFinder(ContextWords labels, int window, double confidence) : IFinder
{
    public abstract string Type { get; }

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        if (!labels.AnyIn(text))
        {
            return;
        }

        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int digit = runs.Start;
            int start = digit;
            while (start > 0 && char.IsAsciiLetterUpper(text[start - 1]) && digit - start < 3)
            {
                start--;
            }

            int end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            runs.SkipTo(end);
            if (!CharRules.IsWordStart(text, start) || CharRules.ContinuesOnRight(text, end) || CharRules.ContinuesOnLeft(text, start)
                || !IsShape(text[start..end]) || !labels.Before(text, start, window))
            {
                continue;
            }

            found.Add(new Finding(start, end - start, Type, confidence, MaskStyle.KeepLastFour));
        }
    }

    /// <summary>True when the token (letters and digits only) has the identifier's shape.</summary>
    protected abstract bool IsShape(ReadOnlySpan<char> token);

    protected static int CountLetters(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        return letters;
    }

    protected static bool LettersThenDigits(ReadOnlySpan<char> token, int letters) =>
        token.Length > letters && !token[..letters].ContainsAnyExceptInRange('A', 'Z') && DigitRun.AllDigits(token[letters..]);
}
