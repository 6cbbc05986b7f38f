using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// A résumé or CV: at least three of its usual section headings (summary, experience, education, skills,
/// certifications, ...) on the first page, surest with contact details (an e-mail address or a phone number)
/// in its first lines, under the person's name. A résumé is one person's record: the classifier reads any
/// contact detail in it as that person's.
/// </summary>
internal sealed class ResumeFinder : IKindFinder
{
    /// <summary>The confidence of a résumé with contact details in its first lines: the classifier's cue for its owner's record.</summary>
    public const double WithContactConfidence = 0.85;

    private const int ContactLines = 8;

    private static readonly LabelNames Sections = new(
        "summary", "professional summary", "career summary", "profile", "professional profile", "objective", "career objective",
        "areas of expertise", "expertise", "core skills",
        "experience", "work experience", "professional experience", "employment", "employment history", "work history",
        "career history", "education", "education and training", "skills", "technical skills", "key skills", "core competencies",
        "certifications", "certificates", "licenses and certifications", "references", "projects", "languages", "awards",
        "achievements", "accomplishments", "qualifications", "interests", "hobbies", "volunteer experience", "training",
        "lebenslauf", "berufserfahrung", "ausbildung", "kenntnisse");

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page != 1)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        TextLine? first = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!Headings.IsHeading(text, lines, i))
            {
                continue;
            }

            ReadOnlySpan<char> heading = lines[i].Content(text).TrimEnd(':').Trim();
            if (Sections.Find(heading) is { } name && seen.Add(Normalise(name)))
            {
                first ??= lines[i];
            }
        }

        if (seen.Count < 3 || first is not { } section)
        {
            return;
        }

        bool contact = HasContact(text, lines);
        if (contact || seen.Count >= 4)
        {
            found.Add(new Finding(section.ContentStart, section.ContentLength, DocumentKinds.Resume, contact ? WithContactConfidence : 0.7, MaskStyle.None));
        }
    }

    /// <summary>"work experience" and "experience" are one section.</summary>
    private static string Normalise(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static bool HasContact(ReadOnlySpan<char> text, List<TextLine> lines)
    {
        int checkedLines = 0;
        foreach (TextLine line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            ReadOnlySpan<char> content = line.Content(text);
            if (content.Contains('@') || LongestDigitRun(content) >= 7)
            {
                return true;
            }

            if (++checkedLines == ContactLines)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Digits in a row, looking through the separators phone numbers use.</summary>
    private static int LongestDigitRun(ReadOnlySpan<char> content)
    {
        int best = 0, run = 0;
        foreach (char c in content)
        {
            if (CharRules.IsDigit(c))
            {
                best = Math.Max(best, ++run);
            }
            else if (c is not ' ' and not '-' and not '.' and not '(' and not ')' and not '+')
            {
                run = 0;
            }
        }

        return best;
    }
}
