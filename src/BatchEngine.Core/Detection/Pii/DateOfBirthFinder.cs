using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Dates of birth: a date (<c>03/14/1985</c>, <c>1985-03-14</c>, <c>14.03.1985</c>, <c>March 14, 1985</c>,
/// <c>14 March 1985</c>) with a birth word ("date of birth", "DOB", "born") standing within the context window
/// before it. A date with no birth word before it is just a date. The scan jumps from number to number, so
/// it costs no more than the other number finders.
/// </summary>
internal sealed class DateOfBirthFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:DateOfBirth";

    private const double StrongConfidence = 0.85;
    private const double WeakConfidence = 0.65;

    private static readonly ContextWords StrongWords =
        new(["date of birth", "birth date", "birthdate", "dob", "d.o.b", "geburtsdatum", "date de naissance"]);

    private static readonly ContextWords WeakWords = new(["born", "birthday"]);

    /// <summary>A condition on a date ("born before January 2, 1946" on a tax form) is not someone's date of birth.</summary>
    private static readonly ContextWords Conditions = new(["before", "after", "between", "since", "prior to", "until", "or later", "or earlier"]);

    private const int ConditionWindow = 12;

    private readonly int _window = Math.Max(20, contextWindow);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        if (!StrongWords.AnyIn(text) && !WeakWords.AnyIn(text))
        {
            return;
        }

        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int run = runs.Start;
            if (CharRules.ContinuesOnLeft(text, run))
            {
                continue;
            }

            int start = DateParser.MonthNameBefore(text, run) is int monthStart and >= 0 ? monthStart : run;
            int length = DateParser.TryParse(text[start..]);
            if (length == 0 || CharRules.ContinuesOnRight(text, start + length))
            {
                continue;
            }

            if (Conditions.Before(text, start, ConditionWindow))
            {
                runs.SkipTo(start + length);
                continue;
            }

            double confidence = StrongWords.Before(text, start, _window) ? StrongConfidence
                : WeakWords.Before(text, start, _window) ? WeakConfidence
                : 0;
            if (confidence > 0)
            {
                found.Add(new Finding(start, length, Type, confidence, MaskStyle.KeepLastFour));
            }

            runs.SkipTo(start + length);
        }
    }
}
