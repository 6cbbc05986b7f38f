using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Model;
using BatchEngine.Detection.Safety.Text;
using BatchEngine.Reading;

namespace BatchEngine.Detection.Safety;

/// <summary>
/// The unsafe-content analysis of a whole document: sentences split, the fast trigger scan, the grammar and
/// model on the sentences that pass, then <see cref="DocumentJudgement"/> over all of them. Stateless and thread-safe.
/// </summary>
internal sealed class SafetyAnalyzer
{
    private readonly TriggerScan _triggers;
    private readonly SentenceScorer _scorer;

    public SafetyAnalyzer(SafetyLexicon lexicon, SafetyModel? model)
    {
        _triggers = new TriggerScan(lexicon);
        _scorer = new SentenceScorer(lexicon, model);
    }

    private static readonly Lazy<SafetyAnalyzer> LazyDefault = new(() => new SafetyAnalyzer(SafetyLexicon.Default, SafetyModel.Default));

    /// <summary>The analyzer with the built-in lexicon and model, built at first use.</summary>
    public static SafetyAnalyzer Default => LazyDefault.Value;

    public SentenceScorer Scorer => _scorer;

    /// <summary>Every sentence that scored, and the number of characters read.</summary>
    public (List<SentenceAssessment> Sentences, long Characters) Assess(ExtractedDocument document, CancellationToken cancellationToken)
    {
        var assessed = new List<SentenceAssessment>();
        var sentences = new List<(int Start, int End)>();
        long characters = 0;
        foreach (PageText page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AssessPage(page.Text, page.Number, sentences, assessed);
            characters += page.Text.Length;
        }

        return (assessed, characters);
    }

    public void AssessPage(ReadOnlySpan<char> text, int pageNumber, List<(int Start, int End)> sentences, List<SentenceAssessment> assessed)
    {
        sentences.Clear();
        SentenceSplitter.Split(text, sentences);
        bool groupInContext = false;
        foreach ((int start, int end) in sentences)
        {
            groupInContext = _triggers.IsCandidate(text[start..end])
                && _scorer.Assess(text, pageNumber, start, end, groupInContext, assessed);
        }
    }
}
