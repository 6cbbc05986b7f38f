using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Phrases;

/// <summary>
/// Finds the phrases of several <see cref="DetectionPhraseSet"/>s in one pass, then applies each set's
/// required and excluding context and its heading confidence. Phrase hits are not sensitive values: their
/// snippets show the phrase.
/// </summary>
internal sealed class PhraseFinder : IFinder
{
    private readonly PhraseMatcher _matcher;
    private readonly CompiledSet[] _sets;
    private readonly int _contextWindow;
    private readonly int _leadingCharacters;

    public PhraseFinder(IReadOnlyList<DetectionPhraseSet> sets, int contextWindow, int leadingCharacters)
    {
        _sets = sets.Select(s => new CompiledSet(s)).ToArray();
        _matcher = new PhraseMatcher(sets.SelectMany((s, index) => s.Phrases.Select(p => (p, index))));
        _contextWindow = contextWindow;
        _leadingCharacters = leadingCharacters;
    }

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        var matches = new List<PhraseMatch>();
        _matcher.FindAll(text, matches);
        foreach (PhraseMatch match in matches)
        {
            CompiledSet set = _sets[match.Group];
            int end = match.Start + match.Length;
            if ((!set.Required.IsEmpty && !set.Required.Around(text, match.Start, end, _contextWindow))
                || set.Excluded.Within(text, match.Start - _contextWindow, end + _contextWindow))
            {
                continue;
            }

            bool leading = page == 1 && match.Start < _leadingCharacters;
            // A topic word counts as a marking only where it reads as one, even near the top of the first page.
            bool marked = set.MentionConfidence is null || Marking.IsMarked(text, match.Start, end, _contextWindow);
            double confidence = !marked ? set.MentionConfidence!.Value
                : leading ? set.LeadingConfidence
                : set.Confidence;
            found.Add(new Finding(match.Start, match.Length, set.Type, confidence, MaskStyle.None));
        }
    }

    private sealed class CompiledSet(DetectionPhraseSet set)
    {
        public string Type { get; } = set.Type;

        public double Confidence { get; } = set.Confidence;

        public double LeadingConfidence { get; } = set.LeadingConfidence ?? set.Confidence;

        public double? MentionConfidence { get; } = set.MentionConfidence;

        public ContextWords Required { get; } = new(set.RequiredContext);

        public ContextWords Excluded { get; } = new(set.ExcludedContext);
    }
}
