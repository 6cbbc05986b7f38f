using System.ComponentModel;

namespace BatchEngine.AI.Answers;

/// <summary>
/// The structured answer asked of a model, one field per step of the classification flow in the prompts. Its JSON schema goes with
/// the request; the answer is validated (<see cref="VerdictReader"/>) before anything of it is used.
/// </summary>
internal sealed record ModelVerdict
{
    [Description("The document in one sentence, with no sensitive value.")]
    public string Summary { get; init; } = string.Empty;

    [Description("Personal data found: page and kind (for example \"ssn\", \"email\", \"medical\").")]
    public List<PageFinding> PersonalData { get; init; } = [];

    [Description("Unsafe content found: page and kind (for example \"violence\", \"hate\", \"self-harm\").")]
    public List<PageFinding> UnsafeContent { get; init; } = [];

    [Description("How the document maps to the confidentiality policy, in one sentence.")]
    public string Confidentiality { get; init; } = string.Empty;

    [Description("What the images show, if any were sent; empty otherwise.")]
    public string Images { get; init; } = string.Empty;

    [Description("Exactly one of: Public, Confidential, Highly Sensitive, Unsafe.")]
    public string Category { get; init; } = string.Empty;

    [Description("Confidence in the category, from 0 to 1.")]
    public double Confidence { get; init; }

    [Description("Why, in under 60 words, quoting no sensitive value.")]
    public string Explanation { get; init; } = string.Empty;

    [Description("The pages that decide the category, each with the reason.")]
    public List<PageFinding> Citations { get; init; } = [];
}

/// <summary>A page and what is on it.</summary>
internal sealed record PageFinding
{
    [Description("1-based page number; only pages that exist.")]
    public int Page { get; init; }

    [Description("What is on the page, in a few words.")]
    public string Kind { get; init; } = string.Empty;
}
