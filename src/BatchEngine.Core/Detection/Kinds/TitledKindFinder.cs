using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Internal document kinds named by the document's own title or headings (never by a word in running prose):
/// status and incident reports, plans and roadmaps, proposals, drafts, internal policies addressed to employees,
/// and agreements. A <c>DRAFT</c> stamp on a line of its own counts as a draft wherever it stands. One signal per
/// kind, at the first title that names it.
/// </summary>
internal sealed class TitledKindFinder : IKindFinder
{
    private const double TitleConfidence = 0.8;
    private const double HeadingConfidence = 0.7;

    private static readonly (string Type, ContextWords Words)[] Kinds =
    [
        (DocumentKinds.StatusReport, new([
            "status report", "status update", "weekly update", "weekly report", "progress report", "project status", "monthly report",
            "quarterly update", "incident report", "post-mortem", "postmortem", "outage report", "retrospective", "sprint review",
            "engagement survey", "performance review", "performance reviews",
        ])),
        (DocumentKinds.Plan, new([
            "roadmap", "sprint ", "project plan", "release plan", "launch plan", "strategic plan", "business plan", "capacity plan",
            "response plan", "action plan", "migration plan", "go-to-market", "okrs", "objectives and key results", "workforce reduction",
            "restructuring", "reduction in force", "headcount", "strategy guide", "product strategy", "backlog",
        ])),
        (DocumentKinds.Proposal, new([
            "proposal", "business case", "strategic recommendation", "recommendation to the board", "presentation to the board",
            "statement of work", "grant application", "project charter",
        ])),
        (DocumentKinds.Agreement, new([
            "non-disclosure agreement", "nondisclosure agreement", "confidentiality agreement", "mutual nda", "employment agreement",
            "employment contract", "services agreement", "service agreement", "memorandum of understanding", "term sheet", "letter of intent",
            "settlement agreement", "separation agreement",
        ])),
        (DocumentKinds.Draft, new(["draft", "working draft", "not for circulation", "entwurf", "brouillon"])),
    ];

    private static readonly ContextWords PolicyTitle = new(["policy", "code of conduct", "handbook", "guidelines for employees"]);
    private static readonly ContextWords PublishedPolicy = new(["privacy policy", "cookie policy", "refund policy", "return policy", "returns policy", "terms of service", "terms of use", "acceptable use policy"]);
    private static readonly ContextWords Employees = new(["employees", "all staff", "staff members", "personnel", "team members", "employee"]);
    private static readonly ContextWords NotADraft = new(["internet-draft", "draft-ietf", "draft standard", "draft recommendation"]);

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextLine title in Headings.TitleBlock(text, lines, page))
        {
            Match(text, title, TitleConfidence, reported, found);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (Headings.IsHeading(text, lines, i) && text.Slice(lines[i].Start, lines[i].Length).TrimStart().StartsWith('#'))
            {
                Match(text, lines[i], HeadingConfidence, reported, found);
            }

            if (!reported.Contains(DocumentKinds.Draft) && IsDraftStamp(lines[i].Content(text)))
            {
                reported.Add(DocumentKinds.Draft);
                found.Add(new Finding(lines[i].ContentStart, lines[i].ContentLength, DocumentKinds.Draft, 0.85, MaskStyle.None));
            }
        }
    }

    private static void Match(ReadOnlySpan<char> text, TextLine line, double confidence, HashSet<string> reported, List<Finding> found)
    {
        ReadOnlySpan<char> content = line.Content(text);
        foreach ((string type, ContextWords words) in Kinds)
        {
            if (!reported.Contains(type) && words.Within(content, 0, content.Length)
                && !(type == DocumentKinds.Draft && NotADraft.Within(content, 0, content.Length)))
            {
                reported.Add(type);
                found.Add(new Finding(line.ContentStart, line.ContentLength, type, confidence, MaskStyle.None));
            }
        }

        if (!reported.Contains(DocumentKinds.InternalPolicy) && PolicyTitle.Within(content, 0, content.Length)
            && !PublishedPolicy.Within(content, 0, content.Length) && Employees.Within(text, 0, text.Length))
        {
            reported.Add(DocumentKinds.InternalPolicy);
            found.Add(new Finding(line.ContentStart, line.ContentLength, DocumentKinds.InternalPolicy, confidence, MaskStyle.None));
        }
    }

    /// <summary>A stamp: the line is "DRAFT" in capitals, alone or with a version or a few more capital words ("INTERNAL DRAFT — ...").</summary>
    private static bool IsDraftStamp(ReadOnlySpan<char> content)
    {
        int at = content.IndexOf("DRAFT", StringComparison.Ordinal);
        if (at < 0 || content.Length > 80 || content.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        bool startsWord = at == 0 || !char.IsLetter(content[at - 1]);
        bool endsWord = at + 5 >= content.Length || !char.IsLetter(content[at + 5]);
        return startsWord && endsWord && !NotADraft.Within(content, 0, content.Length) && !content.Contains("INTERNET-DRAFT", StringComparison.Ordinal);
    }
}
