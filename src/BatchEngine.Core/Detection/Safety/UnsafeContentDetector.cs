using BatchEngine.Detection.Phrases;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Safety;

/// <summary>
/// Unsafe content (hate, threats, graphic violence, self-harm, extremism, weapons instructions): the grammar
/// and model of <see cref="SafetyAnalyzer"/> per sentence, judged over the whole document, each signal's span
/// on its harmful sentence. The child-exploitation phrases and any <see cref="DetectionOptions.UnsafePhrases"/>
/// run as phrase sets beside it. With <see cref="DetectionOptions.UseBuiltInPhrases"/> off only the configured
/// phrase sets run.
/// </summary>
internal sealed class UnsafeContentDetector : IDetector
{
    private readonly SafetyAnalyzer? _analyzer;
    private readonly PhraseFinder? _phrases;
    private readonly SnippetBuilder _snippets;

    public UnsafeContentDetector(IOptions<DetectionOptions> options)
    {
        DetectionOptions settings = options.Value;
        _analyzer = settings.UseBuiltInPhrases ? SafetyAnalyzer.Default : null;
        List<DetectionPhraseSet> sets = [.. settings.UseBuiltInPhrases ? [ChildExploitationPhrases.Create()] : Array.Empty<DetectionPhraseSet>(), .. settings.UnsafePhrases];
        _phrases = sets.Count > 0 ? new PhraseFinder(sets, settings.PhraseContextWindowCharacters, settings.LeadingCharacters) : null;
        _snippets = new SnippetBuilder(settings);
    }

    public string Name => "unsafe-content";

    public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var signals = new List<DetectionSignal>();
        if (_analyzer is not null)
        {
            (List<SentenceAssessment> sentences, long characters) = _analyzer.Assess(document, cancellationToken);
            foreach ((SentenceAssessment sentence, double confidence) in DocumentJudgement.Judge(sentences, characters))
            {
                string text = document.Pages.First(p => p.Number == sentence.Page).Text;
                var finding = new Finding(sentence.Start, sentence.End - sentence.Start, SafetySignalTypes.Of(sentence.Category), confidence, MaskStyle.None);
                signals.Add(Signal(sentence.Page, text, finding));
            }
        }

        if (_phrases is not null)
        {
            var found = new List<Finding>();
            foreach (PageText page in document.Pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Clear();
                _phrases.Find(page.Text, page.Number, found);
                signals.AddRange(found.Select(f => Signal(page.Number, page.Text, f)));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<DetectionSignal>>(signals);
    }

    private DetectionSignal Signal(int page, string text, Finding finding) => new()
    {
        Detector = Name,
        Type = finding.Type,
        Page = page,
        Confidence = Math.Round(finding.Confidence, 2),
        Start = finding.Start,
        Length = finding.Length,
        Snippet = _snippets.Build(text, finding),
    };
}
