using BatchEngine.Detection;

namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// One person's record found on a page: who it is about (<see cref="Subject"/>: "a person's name", "the
/// résumé's owner", ...), the personal data in it, and the signal the classifier cites for it. A record the
/// policy does not count (a published paper's author block) carries the reason in <see cref="Excluded"/>.
/// </summary>
internal sealed record PersonalRecord(DetectionSignal Signal, string Subject, IReadOnlyList<string> PartTypes, string? Excluded)
{
    /// <summary>"a person's name with an e-mail address and a phone number".</summary>
    public string Reason => PartTypes.Count == 0 ? Subject : $"{Subject} with {RecordParts.List(PartTypes)}";
}
