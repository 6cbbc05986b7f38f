namespace BatchEngine.Classification.Policy;

/// <summary>Everything the classifier concluded about one document, before it is written as a result.</summary>
internal sealed record Decision
{
    public required SensitivityCategory Final { get; init; }

    /// <summary>The ladder's answer, ignoring the safety flag.</summary>
    public required SensitivityCategory Ladder { get; init; }

    /// <summary>The evidence voting for <see cref="Final"/>, strongest first.</summary>
    public required IReadOnlyList<Evidence> Support { get; init; }

    /// <summary>The evidence voting for <see cref="Ladder"/>, strongest first (the same as <see cref="Support"/> unless Unsafe won).</summary>
    public required IReadOnlyList<Evidence> LadderSupport { get; init; }

    /// <summary>Counted signals that decide nothing on their own (a lone email address).</summary>
    public required IReadOnlyList<Evidence> TagOnly { get; init; }

    /// <summary>A public-release statement standing against a higher category, or null.</summary>
    public Evidence? Conflict { get; init; }

    /// <summary>The strongest signal that stayed under the evidence threshold, or null.</summary>
    public Evidence? WeakHint { get; init; }

    /// <summary>Internal or record kinds outweighed by a published kind at least as sure (see <see cref="KindContest"/>).</summary>
    public IReadOnlyList<Evidence> Outweighed { get; init; } = [];

    /// <summary>Name-and-contact records the policy does not count (a published paper's author block).</summary>
    public IReadOnlyList<Records.PersonalRecord> ExcludedRecords { get; init; } = [];

    public required double Confidence { get; init; }

    public required double ReviewThreshold { get; init; }

    public required int PagesRead { get; init; }

    public required bool Truncated { get; init; }

    /// <summary>Why the reader wants a human to look (OCR unavailable, an image it could not read); empty when none.</summary>
    public IReadOnlyList<string> ReadingReasons { get; init; } = [];

    public bool LowConfidence => Confidence < ReviewThreshold;
}
