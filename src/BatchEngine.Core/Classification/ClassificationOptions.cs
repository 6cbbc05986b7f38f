namespace BatchEngine.Classification;

/// <summary>
/// Settings of the built-in policy classifier. Plain settable properties and lists, so
/// <c>services.Configure&lt;ClassificationOptions&gt;(configuration.GetSection("BatchEngine:Classification"))</c>
/// binds them from appsettings.json. Rules listed here are applied after the built-in ones and win over them.
/// Validated when the engine starts.
/// </summary>
public sealed class ClassificationOptions
{
    /// <summary>Signals below this confidence are kept in <c>raw_signals</c> but decide nothing. Default 0.5.</summary>
    public double MinimumSignalConfidence { get; set; } = 0.5;

    /// <summary>A classification whose confidence is under this is flagged for review. Default 0.6.</summary>
    public double ReviewThreshold { get; set; } = 0.6;

    /// <summary>Most citations in a classification (the strongest evidence first). Default 5.</summary>
    public int MaxCitations { get; set; } = 5;

    /// <summary>
    /// Distinct kinds of contact details (email, phone, postal address, date of birth) that, found together
    /// within <see cref="ContactClusterWindowCharacters"/> on one page, count as one person's identity:
    /// Highly Sensitive. 0 turns the rule off. Default 3.
    /// </summary>
    public int ContactClusterMinimumKinds { get; set; } = 3;

    /// <summary>How close (in characters) contact details must stand to count as one person's. Default 400.</summary>
    public int ContactClusterWindowCharacters { get; set; } = 400;

    /// <summary>
    /// Category of a document with no extractable text (for example scanned pages without OCR). It is always
    /// flagged for review. Default <see cref="SensitivityCategory.Confidential"/>: content nobody has seen is
    /// not treated as shareable.
    /// </summary>
    public SensitivityCategory NoTextCategory { get; set; } = SensitivityCategory.Confidential;

    /// <summary>Uses the built-in signal rules (for example <c>PII:SSN</c> -> Highly Sensitive) before <see cref="SignalRules"/>. Default true.</summary>
    public bool UseBuiltInRules { get; set; } = true;

    /// <summary>Signal type -> category rules, applied after the built-in ones; the last rule matching a type wins.</summary>
    public List<SignalRule> SignalRules { get; set; } = [];

    /// <summary>Phrase -> category rules (for example a project code name -> Highly Sensitive).</summary>
    public List<PolicyPhraseRule> PhraseRules { get; set; } = [];
}
