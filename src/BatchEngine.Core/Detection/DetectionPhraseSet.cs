namespace BatchEngine.Detection;

/// <summary>
/// Phrases that produce one signal type. Phrases match whole words and case-insensitively, except phrases
/// written with no lower-case letter (acronyms and stamps such as <c>NDA</c>, <c>EAR</c>, <c>RESTRICTED</c>),
/// which match exactly, so the word "ear" is not an export-control marking. A trailing plural "s" is accepted.
/// </summary>
public sealed class DetectionPhraseSet
{
    /// <summary>The signal type written for a hit, as <c>Family:Kind</c> (for example <c>Marker:Confidential</c>).</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The phrases.</summary>
    public List<string> Phrases { get; set; } = [];

    /// <summary>Confidence of a hit, in [0, 1]. Default 0.8.</summary>
    public double Confidence { get; set; } = 0.8;

    /// <summary>Confidence of a hit in the first page's heading; null uses <see cref="Confidence"/>.</summary>
    public double? LeadingConfidence { get; set; }

    /// <summary>
    /// When set, a hit counts at <see cref="Confidence"/> only where it reads as a marking: in the first page's
    /// heading, written in capitals, standing on a short line of its own (a stamp, a footer, a title), or right
    /// after "this document", "this memo" and the like. Mentioned in running prose ("did not sign a non-disclosure
    /// agreement") it gets this confidence instead, which by default is under the classifier's evidence threshold.
    /// </summary>
    public double? MentionConfidence { get; set; }

    /// <summary>When not empty, a hit counts only if one of these words stands near it (for example "how to" near "pipe bomb").</summary>
    public List<string> RequiredContext { get; set; } = [];

    /// <summary>A hit is dropped when one of these words stands near it (for example "prevention" near a self-harm phrase).</summary>
    public List<string> ExcludedContext { get; set; } = [];
}
