namespace BatchEngine.Classification;

/// <summary>
/// One chat model's answer about a document, kept in <see cref="ClassificationResult.ModelAnswers"/> beside the
/// rules' answer, so a reviewer sees what each model said when they disagreed. Its text is masked.
/// </summary>
public sealed record ModelAnswer
{
    /// <summary>The model that answered, as its provider names it (for example <c>gpt-4o-mini</c>).</summary>
    public required string Model { get; init; }

    /// <summary>What the model was asked: <c>classify</c> (the first answer) or <c>check</c> (the second model's review of it).</summary>
    public required string Role { get; init; }

    /// <summary>The category the model chose.</summary>
    public required SensitivityCategory Category { get; init; }

    /// <summary>The model's own confidence, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>The model's reasons in plain words, with sensitive values masked.</summary>
    public string Explanation { get; init; } = string.Empty;

    /// <summary>The pages the model cited.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];
}
