using BatchEngine.Classification.Policy.Records;
using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// The built-in classifier. Each signal at or above the evidence threshold votes for the category its rule
/// names; the final category is the highest on the ladder Highly Sensitive &gt; Confidential &gt; Public, except
/// that any unsafe evidence makes it Unsafe. Confidence comes from <see cref="ConfidenceModel"/>. A document is
/// flagged for review when confidence is under the threshold, a public-release statement conflicts with a
/// higher category, unsafe content fired, reading was cut short, or no text was found.
/// </summary>
internal sealed class PolicyClassifier : IClassifier
{
    public const string DetectorName = "policy";

    /// <summary>Records cited per document at most; more add nothing to the decision.</summary>
    private const int MaxRecords = 5;

    private readonly ClassificationOptions _options;
    private readonly SignalRuleBook _rules;

    public PolicyClassifier(IOptions<ClassificationOptions> options)
    {
        _options = options.Value;
        var rules = new List<SignalRule>();
        if (_options.UseBuiltInRules)
        {
            rules.AddRange(BuiltInSignalRules.Create());
        }

        rules.AddRange(_options.SignalRules);
        rules.AddRange(_options.PhraseRules.Select(r => new SignalRule
        {
            Type = PolicyPhraseDetector.TypeOf(r),
            Category = r.Category,
            Tag = r.Name,
            Reason = r.Reason,
        }));
        _rules = new SignalRuleBook(rules);
    }

    public ValueTask<ClassificationResult> ClassifyAsync(
        string docId,
        ExtractedDocument document,
        IReadOnlyList<DetectionSignal> signals,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signals);
        // Checked between steps: the engine caps the signals it passes in, so no single step runs long.
        cancellationToken.ThrowIfCancellationRequested();
        // The phrases of the phrase rules were found by PolicyPhraseDetector with the other detectors.
        var all = SignalOrigins.Stamp(signals, document);

        long textCharacters = document.Pages.Sum(p => (long)p.Text.AsSpan().Trim().Length);
        if (textCharacters == 0 && all.Count == 0)
        {
            return new(NoText(docId, document));
        }

        cancellationToken.ThrowIfCancellationRequested();
        (List<Evidence> counted, Evidence? weakHint) = Sort(all);
        List<Evidence> outweighed = KindContest.Settle(counted);
        cancellationToken.ThrowIfCancellationRequested();
        List<PersonalRecord> excluded = AddRecords(document, counted, all);
        Decision decision = Decide(counted, weakHint, textCharacters, document) with { Outweighed = outweighed, ExcludedRecords = excluded };
        return new(new ClassificationResult
        {
            DocId = docId,
            FinalCategory = decision.Final,
            SecondaryTags = Tags(counted),
            Confidence = decision.Confidence,
            Citations = Citations(counted),
            Explanation = ExplanationWriter.Write(decision),
            PageCount = document.PageCount,
            ImageCount = document.ImageCount,
            ContentSafety = Safety(counted),
            RawSignals = all,
            RequiresReview = decision.LowConfidence || decision.Conflict is not null || decision.Final == SensitivityCategory.Unsafe || decision.Truncated
                || decision.ReadingReasons.Count > 0,
        });
    }

    /// <summary>
    /// Adds the personal records and account lists found in the counted evidence as evidence of their own (and as
    /// raw signals from the policy); returns the records the policy does not count (a paper's author block).
    /// </summary>
    private List<PersonalRecord> AddRecords(ExtractedDocument document, List<Evidence> counted, List<DetectionSignal> all)
    {
        var excluded = new List<PersonalRecord>();
        List<PersonalRecord> records = PersonalRecords.Find(counted, document, _options.ContactClusterMinimumKinds, _options.ContactClusterWindowCharacters);
        foreach (PersonalRecord record in records.Take(MaxRecords))
        {
            if (record.Excluded is not null)
            {
                excluded.Add(record);
            }
            else if (_rules.Resolve(record.Signal.Type) is { } rule)
            {
                all.Add(record.Signal);
                counted.Add(new Evidence(record.Signal, rule.Category, rule.Tag, record.Reason));
            }
        }

        if (AccountLists.Find(counted, document, _options.AccountListMinimumNumbers) is { } accounts && _rules.Resolve(accounts.Type) is { } accountRule)
        {
            all.Add(accounts);
            counted.Add(new Evidence(accounts, accountRule.Category, accountRule.Tag, accountRule.Reason));
        }

        return excluded;
    }

    /// <summary>Splits signals into counted evidence and the strongest hint below the threshold that would have raised the category.</summary>
    private (List<Evidence> Counted, Evidence? WeakHint) Sort(List<DetectionSignal> signals)
    {
        var counted = new List<Evidence>();
        Evidence? weakHint = null;
        foreach (DetectionSignal signal in signals)
        {
            if (_rules.Resolve(signal.Type) is not { } rule)
            {
                continue;
            }

            var evidence = new Evidence(signal, rule.Category, rule.Tag, rule.Reason);
            if (signal.Confidence >= _options.MinimumSignalConfidence)
            {
                counted.Add(evidence);
            }
            else if (CategoryRank.Of(rule.Category) > CategoryRank.Of(SensitivityCategory.Public)
                && signal.Confidence > (weakHint?.Signal.Confidence ?? -1))
            {
                weakHint = evidence;
            }
        }

        return (counted, weakHint);
    }

    private Decision Decide(List<Evidence> counted, Evidence? weakHint, long textCharacters, ExtractedDocument document)
    {
        List<Evidence> Voting(SensitivityCategory category) => counted
            .Where(e => e.Category == category)
            .OrderByDescending(e => e.Signal.Confidence)
            .ThenBy(e => e.Signal.Page)
            .ToList();

        SensitivityCategory ladder = counted
            .Where(e => e.Category is SensitivityCategory.Confidential or SensitivityCategory.HighlySensitive)
            .Select(e => e.Category!.Value)
            .DefaultIfEmpty(SensitivityCategory.Public)
            .MaxBy(c => CategoryRank.Of(c));
        bool isUnsafe = counted.Any(e => e.Category == SensitivityCategory.Unsafe);
        SensitivityCategory final = isUnsafe ? SensitivityCategory.Unsafe : ladder;
        List<Evidence> support = Voting(final);
        List<Evidence> ladderSupport = isUnsafe ? Voting(ladder) : support;
        double confidence = final == SensitivityCategory.Public
            ? ConfidenceModel.Combine([ConfidenceModel.Public(textCharacters, weakHint?.Signal.Confidence ?? 0), .. support.Select(e => e.Signal.Confidence)])
            : ConfidenceModel.Combine(support.Select(e => e.Signal.Confidence));
        Evidence? conflict = ladder != SensitivityCategory.Public ? Voting(SensitivityCategory.Public).FirstOrDefault() : null;
        return new Decision
        {
            Final = final,
            Ladder = ladder,
            Support = support,
            LadderSupport = ladderSupport,
            TagOnly = counted.Where(e => e.Category is null).ToList(),
            Conflict = conflict,
            WeakHint = final == SensitivityCategory.Public ? weakHint : null,
            Confidence = confidence,
            ReviewThreshold = _options.ReviewThreshold,
            PagesRead = document.Pages.Count,
            Truncated = document.Truncated,
            ReadingReasons = document.ReviewReasons,
        };
    }

    /// <summary>Tags of the strongest evidence first: each rule's tag, then the signal type itself.</summary>
    private static List<string> Tags(List<Evidence> counted)
    {
        var tags = new List<string>();
        foreach (Evidence evidence in counted.OrderByDescending(e => CategoryRank.Of(e.Category)).ThenByDescending(e => e.Signal.Confidence))
        {
            if (evidence.Tag is { Length: > 0 } tag && !tags.Contains(tag))
            {
                tags.Add(tag);
            }

            if (!tags.Contains(evidence.Signal.Type))
            {
                tags.Add(evidence.Signal.Type);
            }
        }

        return tags;
    }

    private List<Citation> Citations(List<Evidence> counted) => counted
        .OrderByDescending(e => CategoryRank.Of(e.Category))
        .ThenByDescending(e => e.Signal.Confidence)
        .ThenBy(e => e.Signal.Page)
        .Select(e => new Citation(e.Signal.Page, e.Signal.Snippet, e.Signal.Detector) { Origin = e.Signal.Origin ?? TextOrigin.TextLayer.Code })
        .Distinct()
        .Take(_options.MaxCitations)
        .ToList();

    private static ContentSafety Safety(List<Evidence> counted)
    {
        string[] kinds = counted
            .Where(e => e.Category == SensitivityCategory.Unsafe)
            .Select(e => SafetyKind(e.Signal.Type))
            .Distinct()
            .ToArray();
        return new ContentSafety { IsUnsafe = kinds.Length > 0, Categories = kinds };
    }

    /// <summary><c>Unsafe:SelfHarm</c> -> <c>self-harm</c>.</summary>
    private static string SafetyKind(string type)
    {
        ReadOnlySpan<char> kind = type.AsSpan(type.IndexOf(':', StringComparison.Ordinal) + 1);
        var words = new System.Text.StringBuilder(kind.Length + 4);
        for (int i = 0; i < kind.Length; i++)
        {
            if (char.IsUpper(kind[i]) && i > 0)
            {
                words.Append('-');
            }

            words.Append(char.ToLowerInvariant(kind[i]));
        }

        return words.ToString();
    }

    private ClassificationResult NoText(string docId, ExtractedDocument document) => new()
    {
        DocId = docId,
        FinalCategory = _options.NoTextCategory,
        SecondaryTags = ["No-Text"],
        Confidence = 0,
        Explanation = ExplanationWriter.NoText(document.PageCount, document.ImageCount, document.ReviewReasons),
        PageCount = document.PageCount,
        ImageCount = document.ImageCount,
        ContentSafety = new ContentSafety { IsUnsafe = false },
        RequiresReview = true,
    };
}
