namespace BatchEngine.Classification;

/// <summary>Maps a signal type to a category, a secondary tag and a reason in plain words.</summary>
public sealed class SignalRule
{
    /// <summary>A signal type (<c>PII:SSN</c>) or a family ending in <c>:*</c> (<c>Secret:*</c>).</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>
    /// The category the signal votes for. Null: the signal is tagged and cited but decides nothing (a lone email
    /// address). <see cref="SensitivityCategory.Public"/>: the signal says the document is public (a release
    /// statement), which conflicts with stronger evidence and sends the document to review.
    /// </summary>
    public SensitivityCategory? Category { get; set; }

    /// <summary>Secondary tag added when the signal counts (for example <c>PII</c>, <c>Internal</c>); null inherits from an earlier rule.</summary>
    public string? Tag { get; set; }

    /// <summary>What the signal means in plain words (for example "a US Social Security number"); null inherits from an earlier rule.</summary>
    public string? Reason { get; set; }
}
