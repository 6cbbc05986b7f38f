using BatchEngine.Detection;

namespace BatchEngine.Classification;

/// <summary>The classifier's answer for one document, with the evidence behind it.</summary>
public sealed record ClassificationResult
{
    private readonly IReadOnlyList<ModelAnswer> _modelAnswers = [];

    /// <summary>The document this answer is for.</summary>
    public required string DocId { get; init; }

    /// <summary>The final category; <see cref="SensitivityCategory.Unsafe"/> wins over the ladder.</summary>
    public required SensitivityCategory FinalCategory { get; init; }

    /// <summary>Finer tags, such as <c>PII</c>, <c>PII:SSN</c>, <c>Internal</c>, <c>Export-Controlled</c>, <c>Safety-Risk</c>.</summary>
    public IReadOnlyList<string> SecondaryTags { get; init; } = [];

    /// <summary>Confidence in [0, 1], computed from the evidence.</summary>
    public required double Confidence { get; init; }

    /// <summary>The strongest pieces of evidence.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Plain words naming the strongest evidence.</summary>
    public required string Explanation { get; init; }

    /// <summary>Pages in the document.</summary>
    public int PageCount { get; init; }

    /// <summary>Images in the document.</summary>
    public int ImageCount { get; init; }

    /// <summary>The safety verdict.</summary>
    public required ContentSafety ContentSafety { get; init; }

    /// <summary>Every signal the detectors produced (snippets masked unless masking is turned off).</summary>
    public IReadOnlyList<DetectionSignal> RawSignals { get; init; } = [];

    /// <summary>
    /// How many signals of each type were left out of <see cref="RawSignals"/> by its caps
    /// (<c>BatchEngineOptions.MaxRawSignalsPerType</c> and <c>MaxRawSignalsPerDocument</c>); empty when none were.
    /// </summary>
    public IReadOnlyDictionary<string, int> DroppedSignals { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// What each chat model said when a model-backed classifier ran after the rules (the classifying model first,
    /// then the one that checked it); empty when only the rules answered.
    /// </summary>
    public IReadOnlyList<ModelAnswer> ModelAnswers
    {
        get => _modelAnswers;

        // A result stored before this field existed reads back with none, not null.
        init => _modelAnswers = value ?? [];
    }

    /// <summary>True when a human should look: low confidence, conflicting signals, unsafe content, or no text.</summary>
    public bool RequiresReview { get; init; }
}
