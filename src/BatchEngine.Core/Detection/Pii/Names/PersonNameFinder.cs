using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Names;

/// <summary>
/// Person names where the document's structure points at them (no language model is available offline): after a
/// form label ("Name:", "Applicant:", "Simmons, Susan J."), an honorific ("Dr. Smith"), a sign-off label
/// ("Prepared by"), a memo or e-mail header field ("From: Jane Doe &lt;jane@...&gt;"), a salutation ("Dear Jane"),
/// on the line after a closing ("Regards,\nJane Doe"), and as a résumé's first line when contact details follow.
/// Cue phrases are found in one pass by <see cref="PhraseMatcher"/>; the name pattern is tried only after a cue.
/// A name is weak evidence alone; the classifier weighs it with the contact details of the same record.
/// </summary>
internal sealed class PersonNameFinder : IFinder
{
    public const string Type = "PII:PersonName";

    private const double ResumeHeadingConfidence = 0.6;
    private const int ResumeContactLines = 6;
    private const int ClosingGap = 3;

    private static readonly PhraseMatcher Cues = new(NameCues.All().Select(c => (c.Phrase, (int)c.Kind)));

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int firstFound = found.Count;
        if (page <= 1)
        {
            ResumeHeading(text, found);
        }

        var cues = new List<PhraseMatch>();
        Cues.FindAll(text, cues);
        int lastEnd = found.Count > firstFound ? found[^1].End : 0;
        foreach (PhraseMatch cue in cues)
        {
            if (cue.Start < lastEnd || NameAfter(text, cue) is not { } name || name.Start < lastEnd)
            {
                continue;
            }

            found.Add(name);
            lastEnd = name.End;
        }
    }

    private static Finding? NameAfter(ReadOnlySpan<char> text, PhraseMatch cue)
    {
        var kind = (NameCueKind)cue.Group;
        int position = cue.Start + cue.Length;
        switch (kind)
        {
            case NameCueKind.PersonLabel:
            case NameCueKind.HeaderField:
                if (kind == NameCueKind.HeaderField && !AtLineStart(text, cue.Start))
                {
                    return null;
                }

                position = AfterColon(text, position, required: true);
                break;
            case NameCueKind.SignOffLabel:
                position = AfterColon(text, position, required: false);
                break;
            case NameCueKind.Honorific:
            case NameCueKind.Salutation:
                position = SkipSpaces(text, position);
                break;
            case NameCueKind.Closing:
                return NameOnNextLine(text, position);
        }

        if (position < 0 || position >= text.Length)
        {
            return null;
        }

        // A salutation's honorific is the honorific cue's business ("Dear Dr. Smith").
        int minimumWords = kind is NameCueKind.Honorific or NameCueKind.Salutation ? 1 : 2;
        int length = PersonNamePattern.Match(text[position..], minimumWords);
        return length > 0 ? new Finding(position, length, Type, ConfidenceOf(kind, text.Slice(position, length)), MaskStyle.Initials) : null;
    }

    private static double ConfidenceOf(NameCueKind kind, ReadOnlySpan<char> name)
    {
        bool oneWord = !name.Contains(' ');
        return kind switch
        {
            NameCueKind.PersonLabel => 0.65,
            NameCueKind.Honorific => oneWord ? 0.5 : 0.6,
            NameCueKind.SignOffLabel => 0.55,
            NameCueKind.HeaderField => 0.5,
            NameCueKind.Salutation => oneWord ? 0.4 : 0.5,
            _ => 0.5,
        };
    }

    /// <summary>"Regards,\n\nJane Doe": the first non-empty line within a few lines, holding a name and nothing else.</summary>
    private static Finding? NameOnNextLine(ReadOnlySpan<char> text, int position)
    {
        if (position < text.Length && text[position] is ',' or '!' or '.')
        {
            position++;
        }

        int lineEnd = text[position..].IndexOf('\n');
        if (lineEnd < 0 || !text.Slice(position, lineEnd).IsWhiteSpace())
        {
            return null;
        }

        position += lineEnd + 1;
        for (int gap = 0; gap < ClosingGap && position < text.Length; gap++)
        {
            int start = SkipSpaces(text, position);
            int end = text[position..].IndexOf('\n') is int n and >= 0 ? position + n : text.Length;
            if (start < end)
            {
                int length = PersonNamePattern.Match(text[start..end], 2);
                bool alone = length > 0 && text[(start + length)..end].Trim().Trim(",.").IsEmpty;
                return alone ? new Finding(start, length, Type, ConfidenceOf(NameCueKind.Closing, text.Slice(start, length)), MaskStyle.Initials) : null;
            }

            position = end + 1;
        }

        return null;
    }

    /// <summary>A résumé: the first line of the document is a name and nothing else, and an e-mail or phone follows within a few lines.</summary>
    private static void ResumeHeading(ReadOnlySpan<char> text, List<Finding> found)
    {
        int start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '#' or '*' or '_'))
        {
            start++;
        }

        int lineEnd = text[start..].IndexOf('\n') is int n and >= 0 ? start + n : text.Length;
        int length = start < lineEnd ? PersonNamePattern.Match(text[start..lineEnd], 2) : 0;
        if (length == 0 || !text[(start + length)..lineEnd].Trim().Trim("*_").IsEmpty)
        {
            return;
        }

        int contactEnd = lineEnd;
        for (int line = 0; line < ResumeContactLines && contactEnd < text.Length; line++)
        {
            contactEnd = text[(contactEnd + 1)..].IndexOf('\n') is int next and >= 0 ? contactEnd + 1 + next : text.Length;
        }

        ReadOnlySpan<char> below = text[lineEnd..contactEnd];
        if (below.Contains('@') || below.Contains("linkedin", StringComparison.OrdinalIgnoreCase) || HasPhoneLikeRun(below))
        {
            found.Add(new Finding(start, length, Type, ResumeHeadingConfidence, MaskStyle.Initials));
        }
    }

    private static bool HasPhoneLikeRun(ReadOnlySpan<char> text)
    {
        int digits = 0;
        foreach (char c in text)
        {
            digits = CharRules.IsDigit(c) ? digits + 1 : c is ' ' or '-' or '.' or '(' or ')' or '+' ? digits : 0;
            if (digits >= 7)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past markdown emphasis and a colon (and emphasis again) after a label; -1 when a required colon is missing.</summary>
    private static int AfterColon(ReadOnlySpan<char> text, int position, bool required)
    {
        position = SkipEmphasis(text, position);
        if (position < text.Length && text[position] == ':')
        {
            position = SkipEmphasis(text, position + 1);
        }
        else if (required)
        {
            return -1;
        }

        return SkipSpaces(text, position);
    }

    private static int SkipEmphasis(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is '*' or '_' or ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    /// <summary>Only spaces, list marks or emphasis stand between the line's start and <paramref name="index"/>.</summary>
    private static bool AtLineStart(ReadOnlySpan<char> text, int index)
    {
        for (int i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t' or '*' or '_' or '-' or '>' or '#'))
            {
                return false;
            }
        }

        return true;
    }
}
