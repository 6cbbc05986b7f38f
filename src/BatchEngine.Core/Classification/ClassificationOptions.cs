namespace BatchEngine.Classification;

/// <summary>
/// Settings of the built-in policy classifier, whose built-in rules are the default policy (see README,
/// "The default policy"). Plain settable properties and lists, so
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
    /// Without any name, distinct kinds of contact details (e-mail, phone, postal address, date of birth) that stand
    /// together in one record count as one person's identity: Highly Sensitive. With a person's name in the record
    /// (a <c>PII:PersonName</c> signal, an e-mail address that spells a name written beside it, or a résumé's owner)
    /// one item is enough. 0 turns the no-name rule off. Default 3.
    /// </summary>
    public int ContactClusterMinimumKinds { get; set; } = 3;

    /// <summary>
    /// The most characters one personal record may span. Records are found by structure (a table row; otherwise the
    /// block of lines around a name, bounded by blank lines, headings and rules); this caps a block in text
    /// without such breaks (a PDF page). Default 600.
    /// </summary>
    public int ContactClusterWindowCharacters { get; set; } = 600;

    /// <summary>
    /// Distinct account or card numbers (IBAN, bank account, payment card) in one document that make it financial
    /// account data (a bank statement): Highly Sensitive. One bank account number alone (an organisation's own
    /// details on its invoice or form, or the handful of accounts an invoice footer lists) decides nothing. 0 turns
    /// the rule off. Default 5.
    /// </summary>
    public int AccountListMinimumNumbers { get; set; } = 5;

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
