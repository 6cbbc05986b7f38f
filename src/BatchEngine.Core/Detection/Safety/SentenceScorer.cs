using BatchEngine.Detection.Safety.Grammar;
using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Model;
using BatchEngine.Detection.Safety.Text;

namespace BatchEngine.Detection.Safety;

/// <summary>
/// Scores one sentence: the constructions of the grammar (threats, self-harm, weapons, extremism, graphic
/// violence, hate) and, for sentences naming a protected group, the hate model. A threat against a protected
/// group is also hate.
/// </summary>
internal sealed class SentenceScorer(SafetyLexicon lexicon, SafetyModel? model)
{
    /// <summary>The model alone (no hate construction matched) must be at least this sure.</summary>
    public const double ModelOnlyThreshold = 0.8;

    private readonly SafetyTokenizer _tokenizer = new(lexicon);

    public SentenceView View(ReadOnlySpan<char> text, int offset, bool groupInContext) =>
        new(_tokenizer.Tokenize(text, offset), groupInContext);

    /// <summary>Scores the sentence; returns whether it names a protected group (so "they" in the next one can refer to it).</summary>
    public bool Assess(ReadOnlySpan<char> page, int pageNumber, int start, int end, bool groupInContext, List<SentenceAssessment> output)
    {
        (SentenceView view, List<RuleHit> hits, bool againstGroup) = Analyse(page[start..end], start, groupInContext);
        double hate = HateScore(view, hits, againstGroup);
        if (hate > 0)
        {
            output.Add(new SentenceAssessment(pageNumber, start, end, SafetyCategory.Hate, hate, Reason(hits, SafetyCategory.Hate, againstGroup)));
        }

        foreach (RuleHit hit in hits.Where(h => h.Category != SafetyCategory.Hate))
        {
            output.Add(new SentenceAssessment(pageNumber, start, end, hit.Category, hit.Confidence, hit.Feature));
        }

        return view.NamesGroup;
    }

    /// <summary>
    /// The hate model's features of a sentence, for training; whether the sentence names a group and whether
    /// any word in it is hostile (so a trainer can tell the hateful sentence of a two-sentence case).
    /// </summary>
    public (bool NamesGroup, bool Hostile) Features(ReadOnlySpan<char> sentence, bool groupInContext, List<int> features)
    {
        (SentenceView view, List<RuleHit> hits, _) = Analyse(sentence, 0, groupInContext);
        SafetyFeatures.Extract(view, hits, features);
        bool hostile = view.AnyInSentence(WordClass.Negative | WordClass.Dehumanising | WordClass.Hate | WordClass.Violence | WordClass.Profanity | WordClass.Slur)
            || hits.Count > 0;
        return (view.NamesGroup, hostile);
    }

    private (SentenceView View, List<RuleHit> Hits, bool AgainstGroup) Analyse(ReadOnlySpan<char> sentence, int offset, bool groupInContext)
    {
        SentenceView view = View(sentence, offset, groupInContext);
        var hits = new List<RuleHit>(2);
        AddIfAny(hits, HateRule.Match(view));
        AddIfAny(hits, ThreatRule.Match(view, out bool againstGroup));
        AddIfAny(hits, SelfHarmRule.Match(view));
        AddIfAny(hits, WeaponsRule.Match(view));
        AddIfAny(hits, ExtremismRule.Match(view));
        AddIfAny(hits, GraphicViolenceRule.Match(view));
        return (view, hits, againstGroup);
    }

    /// <summary>The hate score: the model's probability where there is a model, steadied by the construction that matched.</summary>
    public double HateScore(SentenceView view, List<RuleHit> hits, bool threatAgainstGroup)
    {
        if (!view.NamesGroup)
        {
            return 0;
        }

        double ruleScore = Math.Max(
            hits.Where(h => h.Category == SafetyCategory.Hate).Select(h => h.Confidence).DefaultIfEmpty(0).Max(),
            threatAgainstGroup ? ThreatRule.ThreatConfidence : 0);
        if (model is null)
        {
            return ruleScore;
        }

        var features = new List<int>(view.Count * 4);
        SafetyFeatures.Extract(view, hits, features);
        double probability = model.Probability(features);
        if (ruleScore > 0)
        {
            return (ruleScore + probability) / 2;
        }

        // The model alone never calls a sentence without a single hostile word hate (a list of band names or a
        // table row naming a nationality is not an attack, however the words happen to weigh).
        return probability >= ModelOnlyThreshold && HasHostileWord(view) ? probability : 0;
    }

    private static bool HasHostileWord(SentenceView view)
    {
        for (int i = 0; i < view.Count; i++)
        {
            if ((view.Is(i, WordClass.Negative | WordClass.Dehumanising | WordClass.Hate | WordClass.Profanity | WordClass.Slur) && !view.IsNegated(i))
                || (view.Is(i, WordClass.Positive) && view.IsNegated(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Reason(List<RuleHit> hits, SafetyCategory category, bool againstGroup) =>
        hits.FirstOrDefault(h => h.Category == category).Feature ?? (againstGroup ? "rule:threat-group" : "model:hate");

    private static void AddIfAny(List<RuleHit> hits, RuleHit? hit)
    {
        if (hit is not null)
        {
            hits.Add(hit.Value);
        }
    }
}
