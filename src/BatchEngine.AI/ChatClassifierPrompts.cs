namespace BatchEngine.AI;

/// <summary>
/// The prompts, as options so appsettings.json can replace them (a prompt library). The
/// defaults run the whole classification flow inside one call: page summaries, a PII scan, an unsafe-content scan, the
/// confidentiality mapping, image analysis, then the final decision. <c>{policy}</c> in a prompt is replaced by
/// <see cref="Policy"/>. The evidence (the rules' answer, signals, masked citations, pages) is added by the classifier.
/// </summary>
public sealed class ChatClassifierPrompts
{
    /// <summary>The policy the model applies (the four categories and what each one holds).</summary>
    public string Policy { get; set; } = """
        Public: meant for anyone: published papers, manuals, templates, blank forms, marketing, public notices.
        Confidential: internal or partner-only: memos, internal e-mail, meeting minutes, policies, roadmaps, proposals, drafts, documents marked confidential or internal.
        Highly Sensitive: strong personal data (a person together with contact, identity, financial or medical data), credentials and secrets, restricted or defence technology.
        Unsafe: violence, threats, hate, self-harm, extremism, weapons instructions, exploitation. Unsafe overrides every other category.
        """;

    /// <summary>Instructions of the classifying model.</summary>
    public string Classify { get; set; } = """
        You classify one document by sensitivity for a records team. Policy:
        {policy}
        Sensitive values in the text are masked (for example ***-**-6789); a masked value still counts as the value it stands for.
        The rules engine already looked at the document; its answer and evidence come first. Check them against the pages.
        Work in this order: 1. summarise the document in one sentence; 2. list personal data you find (page, kind);
        3. list unsafe content you find (page, kind); 4. map the document to the confidentiality policy; 5. say what the
        images show, if any were sent; 6. decide.
        Answer with JSON only, in the schema given. category is exactly one of "Public", "Confidential", "Highly Sensitive", "Unsafe".
        Cite only page numbers that exist in the document. Keep the explanation under 60 words and quote no sensitive value.
        """;

    /// <summary>Instructions of the checking model, which sees the same evidence and the first model's answer.</summary>
    public string Check { get; set; } = """
        You check another reviewer's sensitivity classification of one document. Policy:
        {policy}
        Sensitive values in the text are masked (for example ***-**-6789); a masked value still counts as the value it stands for.
        Re-reason from the evidence and the pages, not from the other answer's wording. Work in this order: 1. summarise
        the document in one sentence; 2. list personal data (page, kind); 3. list unsafe content (page, kind); 4. map it
        to the policy; 5. say what the images show, if any; 6. give your own decision.
        Answer with JSON only, in the schema given. category is exactly one of "Public", "Confidential", "Highly Sensitive", "Unsafe".
        Cite only page numbers that exist in the document. Keep the explanation under 60 words and quote no sensitive value.
        """;
}
