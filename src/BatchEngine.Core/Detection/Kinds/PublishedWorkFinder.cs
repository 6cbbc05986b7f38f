using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Published works by their apparatus. A paper: an abstract heading on an early page with a scholarly cue (DOI,
/// arXiv id, "Proceedings", keywords, numbered citations, an affiliation), or a references or bibliography
/// heading followed by citations. A standard: RFC and ISO front matter ("Request for Comments:", "Status of This
/// Memo", "Internet Engineering Task Force", "Standards Track"). A licence: the legal text of an open licence. A
/// project README: install, usage and licence sections with commands and code fences.
/// </summary>
internal sealed partial class PublishedWorkFinder : IKindFinder
{
    private static readonly LabelNames AbstractHeadings = new("abstract", "summary abstract", "a b s t r a c t");
    private static readonly LabelNames ReferenceHeadings = new("references", "bibliography", "works cited", "literature cited", "literature", "literatur", "références");

    private static readonly ContextWords ScholarlyCues = new(
    [
        "doi:", "doi.org/", "arxiv:", "proceedings of", "in proc.", "keywords:", "index terms", "et al.", "university", "institute of",
        "laboratory", "journal of", "conference on", "copyright ©", "acm ", "ieee", "preprint", "submitted to",
    ]);

    private static readonly string[] StandardCues =
    [
        "request for comments:", "status of this memo", "internet engineering task force", "standards track", "internet-draft",
        "ietf trust", "category: informational", "category: standards track", "obsoletes:", "updates:", "iso/iec", "this international standard",
        "bcp 14", "key words \"must\"",
    ];

    private static readonly string[] LicenceCues =
    [
        "permission is hereby granted, free of charge", "gnu general public license", "gnu lesser general public license", "apache license",
        "creative commons", "cc0", "public domain dedication", "mozilla public license", "the software is provided \"as is\"",
        "redistribution and use in source and binary forms", "statement of purpose", "licensed under the", "without warranties or conditions",
        "affirmer", "legal code",
    ];

    private static readonly string[] ReadmeCues =
    [
        "## installation", "## install", "## usage", "## getting started", "## contributing", "## license", "## api", "## quick start",
        "npm install", "pip install", "yarn add", "dotnet add package", "cargo add", "go get ", "```", "[![",
    ];

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        Paper(text, lines, page, found);
        Cued(text, StandardCues, 2, DocumentKinds.Standard, 0.9, found);
        Cued(text, LicenceCues, 2, DocumentKinds.Licence, 0.9, found);
        if (page == 1)
        {
            Cued(text, ReadmeCues, 3, DocumentKinds.ProjectReadme, 0.8, found);
        }
    }

    private static void Paper(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        // An author list (several addresses before the abstract) is as scholarly a cue as a DOI.
        if (page <= 2 && InlineAbstract(text) is int inline and >= 0 && (ScholarlyCues.Within(text, 0, text.Length) || text[..inline].Count('@') >= 2))
        {
            found.Add(new Finding(inline, "Abstract".Length, DocumentKinds.Paper, 0.8, MaskStyle.None));
            return;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            ReadOnlySpan<char> content = lines[i].Content(text);
            ReadOnlySpan<char> head = FirstWords(content);
            if (page <= 2 && AbstractHeadings.Contains(head) && (ScholarlyCues.Within(text, 0, text.Length) || Identifier().IsMatch(text)))
            {
                found.Add(new Finding(lines[i].ContentStart, head.Length, DocumentKinds.Paper, 0.85, MaskStyle.None));
                return;
            }

            if (Headings.IsHeading(text, lines, i) && ReferenceHeadings.Contains(StripNumber(content)) && Citations(text, lines[i].End) >= 3)
            {
                found.Add(new Finding(lines[i].ContentStart, lines[i].ContentLength, DocumentKinds.Paper, 0.85, MaskStyle.None));
                return;
            }
        }
    }

    /// <summary>"Abstract:" or "Abstract." opening a paragraph after a sentence, near the top of the page (text that ran the title block and the abstract together).</summary>
    private static int InlineAbstract(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> top = text[..Math.Min(text.Length, 2000)];
        foreach (string form in (string[])["Abstract:", "Abstract.", "ABSTRACT:", "Abstract—", "Abstract -"])
        {
            int at = top.IndexOf(form, StringComparison.Ordinal);
            if (at > 1 && (top[at - 1] == '\n' || (top[at - 1] == ' ' && top[at - 2] is '.' or ')')))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>"Abstract" alone, or the word before a dash, colon or full stop that opens an abstract paragraph.</summary>
    private static ReadOnlySpan<char> FirstWords(ReadOnlySpan<char> content)
    {
        int end = content.IndexOfAny("—–-.:");
        return (end > 0 ? content[..end] : content).Trim();
    }

    /// <summary>"7. References" and "VII. REFERENCES" are references headings too.</summary>
    private static ReadOnlySpan<char> StripNumber(ReadOnlySpan<char> content)
    {
        int space = content.IndexOf(' ');
        return space > 0 && space <= 5 && content[..space].TrimEnd('.').IndexOfAnyExcept("0123456789IVXivx") < 0 ? content[(space + 1)..].Trim() : content;
    }

    /// <summary>Entries after the heading that look like citations: "[12]", "12." at a line start, or a year in parentheses.</summary>
    private static int Citations(ReadOnlySpan<char> text, int from) => CitationEntry().Count(text[from..Math.Min(text.Length, from + 4000)]);

    private static void Cued(ReadOnlySpan<char> text, string[] cues, int needed, string type, double confidence, List<Finding> found)
    {
        int count = 0, first = -1;
        foreach (string cue in cues)
        {
            int at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                count++;
                first = first < 0 || at < first ? at : first;
            }
        }

        if (count >= needed)
        {
            found.Add(new Finding(first, 1, type, confidence, MaskStyle.None));
        }
    }

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s]+|arXiv:\s?\d{4}\.\d{4,5}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?m)^\s*(?:\[\d{1,3}\]|\d{1,3}\.\s+[A-Z])|\((?:19|20)\d{2}[a-z]?\)|\b(?:19|20)\d{2}\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex CitationEntry();
}
