namespace BatchEngine.Classification;

/// <summary>
/// Phrases that put a document in a category, for a reason (for example the code name of a secret project).
/// Matched whole-word and case-insensitively (phrases with no lower-case letter match exactly) by the detector
/// <c>policy</c>, which runs with the other detectors; hits appear in <c>raw_signals</c> as type <c>Policy:{Name}</c>.
/// </summary>
public sealed class PolicyPhraseRule
{
    /// <summary>A short unique name, used as the signal type <c>Policy:{Name}</c> and as the secondary tag.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The phrases.</summary>
    public List<string> Phrases { get; set; } = [];

    /// <summary>The category a hit votes for.</summary>
    public SensitivityCategory Category { get; set; } = SensitivityCategory.Confidential;

    /// <summary>Why, in plain words (for example "the code name of Project Falcon").</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Confidence of a hit, in [0, 1]. Default 0.9.</summary>
    public double Confidence { get; set; } = 0.9;
}
