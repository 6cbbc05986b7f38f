using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Meeting minutes and interview or user-test notes, by their title and their structure: minutes record who was
/// present (attendees, apologies, quorum), what was on the agenda and what was decided (motions, moved and
/// seconded, action items, next meeting); research notes record participants, tasks, observations and quotes.
/// A title alone ("Minutes of the AGM", "Team meeting notes") or three structural headings or labels alone are
/// enough; both together are surest.
/// </summary>
internal sealed class MeetingNotesFinder : IKindFinder
{
    private static readonly ContextWords MinutesTitles = new(
    [
        "minutes of", "meeting minutes", "board minutes", "agm minutes", "minutes -", "minutes –", "minutes:", "meeting notes",
        "meeting summary", "meeting recap", "meeting record", "notes of meeting", "notes of the meeting", "protokoll", "compte rendu",
        "minutes", "standup notes", "stand-up notes", "retro notes",
    ]);

    private static readonly LabelNames MinutesStructure = new(
        "present", "attendees", "attendance", "in attendance", "apologies", "absent", "regrets", "agenda", "action items", "actions",
        "action points", "decisions", "decisions made", "motion", "moved by", "seconded", "seconded by", "next meeting", "quorum",
        "chair", "chaired by", "minutes taken by", "recorder", "note taker", "participants", "carried", "resolved");

    private static readonly ContextWords NotesTitles = new(
    [
        "interview notes", "user test", "user testing", "usability test", "user interview", "customer interview", "research notes",
        "session notes", "test session", "research session", "field notes", "discovery call", "call notes",
    ]);

    private static readonly LabelNames NotesStructure = new(
        "participant", "participants", "interviewer", "interviewee", "moderator", "observations", "observed", "quotes", "tasks",
        "pain points", "key insights", "insights");

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        TextLine? minutesTitle = null, notesTitle = null;
        foreach (TextLine title in Headings.TitleBlock(text, lines, page))
        {
            ReadOnlySpan<char> content = title.Content(text);
            if (NotesTitles.Within(content, 0, content.Length))
            {
                notesTitle ??= title;
            }
            else if (MinutesTitles.Within(content, 0, content.Length) && IsMinutesTitle(content))
            {
                minutesTitle ??= title;
            }
        }

        int minutes = Count(text, lines, MinutesStructure, out TextLine? firstMinutes);
        int notes = Count(text, lines, NotesStructure, out TextLine? firstNotes);
        if (notesTitle is { } n)
        {
            found.Add(new Finding(n.ContentStart, n.ContentLength, DocumentKinds.InterviewNotes, notes >= 1 ? 0.9 : 0.8, MaskStyle.None));
        }
        else if (minutesTitle is { } m)
        {
            found.Add(new Finding(m.ContentStart, m.ContentLength, DocumentKinds.Minutes, minutes >= 1 ? 0.9 : 0.75, MaskStyle.None));
        }
        else if (minutes >= 3 && firstMinutes is { } s)
        {
            found.Add(new Finding(s.ContentStart, s.ContentLength, DocumentKinds.Minutes, minutes >= 4 ? 0.85 : 0.7, MaskStyle.None));
        }
        else if (notes >= 4 && firstNotes is { } t)
        {
            found.Add(new Finding(t.ContentStart, t.ContentLength, DocumentKinds.InterviewNotes, 0.7, MaskStyle.None));
        }
    }

    /// <summary>"minutes" as a document's name, not a duration ("ten minutes of exercise").</summary>
    private static bool IsMinutesTitle(ReadOnlySpan<char> content)
    {
        int at = content.IndexOf("minutes", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return true;
        }

        ReadOnlySpan<char> before = content[..at].TrimEnd();
        return before.IsEmpty || !char.IsDigit(before[^1]) && !before.EndsWith("few", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("ten", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("five", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Distinct structural labels or headings of <paramref name="names"/> on the page.</summary>
    private static int Count(ReadOnlySpan<char> text, List<TextLine> lines, LabelNames names, out TextLine? first)
    {
        first = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            ReadOnlySpan<char> key = line.HasLabel ? line.Label(text) : Headings.IsHeading(text, lines, i) ? line.Content(text).TrimEnd(':') : [];
            if (!key.IsEmpty && names.Find(key) is { } name && seen.Add(name))
            {
                first ??= line;
            }
        }

        return seen.Count;
    }
}
