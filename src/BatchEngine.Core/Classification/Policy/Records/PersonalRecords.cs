using System.Text.RegularExpressions;
using BatchEngine.Detection;
using BatchEngine.Detection.Kinds;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using BatchEngine.Reading;

namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// Finds personal records: a person pointed at by the evidence (a <c>PII:PersonName</c> signal, the addressee under a
/// <c>Bill To</c> or <c>Shipping Address</c> label (<see cref="AddresseeName"/>), an e-mail address
/// whose local part spells a name written beside it, or the owner of a résumé) together with personal data in the
/// same record (<see cref="RecordBlock"/>): contact details, a date of birth, a government id, an account or card
/// number. Without any name, several distinct contact details in one record (<c>minimumContactKinds</c>) still
/// make one person's identity. Not counted: role addresses (<c>security@</c>), template slots (<c>[NAME]</c>), the
/// sender and recipient lines of a correspondence header (<c>From: Name &lt;address&gt;</c>), and
/// the author block of a published paper and a published contact point ("for more information please contact
/// …"), which the policy treats as part of the publication.
/// </summary>
internal static class PersonalRecords
{
    public const string Type = "PII:PersonalRecord";

    private const int ResumeHeaderCharacters = 600;

    /// <summary>The part a résumé's header holds when the finders named none of it.</summary>
    private const string ResumeContact = "contact details in its header";

    public static List<PersonalRecord> Find(IReadOnlyList<Evidence> counted, ExtractedDocument document, int minimumContactKinds, int maxCharacters)
    {
        var records = new List<PersonalRecord>();
        bool paper = counted.Any(e => e.Signal.Type == "DocKind:Paper" && e.Signal.Page <= 2);
        bool resume = counted.Any(e => e.Signal.Type == "DocKind:Resume");
        DetectionSignal? resumeWithContact = counted
            .Select(e => e.Signal)
            .FirstOrDefault(s => s.Type == "DocKind:Resume" && s.Page == 1 && s.Confidence >= ResumeFinder.WithContactConfidence);
        foreach (PageText page in document.Pages)
        {
            List<DetectionSignal> parts = counted
                .Select(e => e.Signal)
                .Where(s => s.Page == page.Number && RecordParts.IsPart(s.Type) && !IsRoleAddress(page.Text, s) && !HeaderLines.IsOn(page.Text, s.Start))
                .OrderBy(s => s.Start)
                .ToList();
            if (parts.Count == 0)
            {
                AddResumeOwner(records, page, resumeWithContact, paper);
                continue;
            }

            string? excluded = paper && page.Number <= 2 ? "a published paper's author block" : null;
            var used = new HashSet<DetectionSignal>();
            int firstOfPage = records.Count;
            List<DetectionSignal> names = counted.Select(e => e.Signal)
                .Where(s => s.Page == page.Number && s.Type == RecordParts.PersonName && !IsSlot(page.Text, s))
                .Concat(AddresseeName.Find(page.Text, page.Number))
                .ToList();
            Dictionary<DetectionSignal, DetectionSignal> spelled = parts
                .Where(s => s.Type == "PII:Email")
                .Select(email => (Email: email, Name: NamedAddress.NameBeside(page.Text, email, maxCharacters)))
                .Where(pair => pair.Name is not null)
                .ToDictionary(pair => pair.Email, pair => pair.Name!);
            foreach (DetectionSignal name in names)
            {
                AddRecord(records, page, name, "a person's name", parts, used, excluded, maxCharacters);
            }

            foreach ((DetectionSignal email, DetectionSignal name) in spelled.Where(pair => !used.Contains(pair.Key)).ToList())
            {
                AddRecord(records, page, name, "a person's name", parts, used, excluded, maxCharacters);
            }

            if (resume && page.Number == 1 && parts.Where(p => p.Start < ResumeHeaderCharacters && !used.Contains(p)).ToList() is { Count: > 0 } header)
            {
                records.Add(Record(page.Number, header[0], "the résumé's owner", header, excluded));
                used.UnionWith(header);
            }
            else if (!records.Any(r => r.Signal.Page == page.Number))
            {
                AddResumeOwner(records, page, resumeWithContact, paper);
            }

            if (minimumContactKinds > 0)
            {
                AddContactCluster(records, page, parts.Where(p => !used.Contains(p)).ToList(), minimumContactKinds, maxCharacters, excluded);
            }

            MaskNames(records, firstOfPage, page.Text, names.Concat(spelled.Values));
        }

        return records;
    }

    /// <summary>
    /// The résumé finder saw contact details under the name that no finder claimed (a number libphonenumber rejects,
    /// a "555" number, a city and ZIP code): the header is still its owner's record.
    /// </summary>
    private static void AddResumeOwner(List<PersonalRecord> records, PageText page, DetectionSignal? resumeWithContact, bool paper)
    {
        if (resumeWithContact is { } kind && page.Number == 1 && !paper)
        {
            records.Add(new PersonalRecord(kind with { Detector = PolicyClassifier.DetectorName, Type = Type }, "the résumé's owner", [ResumeContact], null));
        }
    }

    private static void AddRecord(List<PersonalRecord> records, PageText page, DetectionSignal name, string subject, List<DetectionSignal> parts, HashSet<DetectionSignal> used, string? excluded, int maxCharacters)
    {
        (int from, int to) = RecordBlock.Around(page.Text, name.Start, maxCharacters);
        List<DetectionSignal> members = parts.Where(p => p.Start >= from && p.Start < to && p != name).ToList();
        if (members.Count == 0)
        {
            return;
        }

        used.UnionWith(members);
        records.Add(Record(page.Number, name, subject, members, excluded ?? (ContactPoint.Invites(page.Text, name.Start) ? ContactPoint.Reason : null)));
    }

    private static void AddContactCluster(List<PersonalRecord> records, PageText page, List<DetectionSignal> parts, int minimumKinds, int maxCharacters, string? excluded)
    {
        foreach (DetectionSignal anchor in parts.Where(p => RecordParts.IsContact(p.Type)))
        {
            (int from, int to) = RecordBlock.Around(page.Text, anchor.Start, maxCharacters);
            List<DetectionSignal> members = parts.Where(p => RecordParts.IsContact(p.Type) && p.Start >= from && p.Start < to).ToList();
            if (members.Select(m => m.Type).Distinct().Count() >= minimumKinds)
            {
                records.Add(Record(page.Number, members[0], "one person's contact details together", members, excluded) with { PartTypes = members.Select(m => m.Type).Distinct().ToList() });
                return;
            }
        }
    }

    private static PersonalRecord Record(int page, DetectionSignal anchor, string subject, List<DetectionSignal> members, string? excluded)
    {
        DetectionSignal last = members.MaxBy(m => m.Start + m.Length)!;
        int start = Math.Min(anchor.Start, members.Min(m => m.Start));
        var signal = new DetectionSignal
        {
            Detector = PolicyClassifier.DetectorName,
            Type = Type,
            Page = page,
            Confidence = Math.Round(Math.Min(0.99, members.Average(m => m.Confidence) + (anchor.Type == RecordParts.PersonName ? 0.05 : 0)), 2),
            Start = start,
            Length = Math.Max(anchor.Start + anchor.Length, last.Start + last.Length) - start,
            Snippet = members[0].Snippet,
            Origin = members[0].Origin ?? anchor.Origin, // a record read by OCR cites OCR, as its parts do
        };
        return new PersonalRecord(signal, subject, members.Select(m => m.Type).Distinct().ToList(), excluded);
    }

    /// <summary>
    /// A cited snippet comes from a member's window, masked for the values the finders found; names that only the
    /// records' reading found on the page (the addressee under a label, a name an address spells) are masked here,
    /// as initials, in every record of the page.
    /// </summary>
    private static void MaskNames(List<PersonalRecord> records, int first, string text, IEnumerable<DetectionSignal> names)
    {
        string[] words = names
            .Select(name => Covered(text, name))
            .OfType<string>()
            .SelectMany(name => name.Split((char[])[' ', '\t', '\n', '\r', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        for (int i = first; i < records.Count && words.Length > 0; i++)
        {
            string snippet = records[i].Signal.Snippet;
            foreach (string word in words)
            {
                snippet = Regex.Replace(snippet, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})", ValueMasker.Mask(word, MaskStyle.Initials));
            }

            records[i] = records[i] with { Signal = records[i].Signal with { Snippet = snippet } };
        }
    }

    private static bool IsRoleAddress(string text, DetectionSignal signal) =>
        signal.Type == "PII:Email" && Covered(text, signal) is { } value && RoleAddresses.IsRole(value);

    /// <summary>A "name" that is a template slot or a label (<c>[NAME]</c>, <c>{{name}}</c>, <c>your_name_here</c>).</summary>
    private static bool IsSlot(string text, DetectionSignal signal) =>
        Covered(text, signal) is not { } value || value.AsSpan().IndexOfAny("[]{}<>_") >= 0 || value.Equals("name", StringComparison.OrdinalIgnoreCase);

    private static string? Covered(string text, DetectionSignal signal) =>
        signal.Start >= 0 && signal.Length > 0 && signal.Start + signal.Length <= text.Length ? text.Substring(signal.Start, signal.Length) : null;
}
