using BatchEngine.Detection;
using BatchEngine.Detection.Pii;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// "Several contact identifiers of one person together": distinct kinds of contact details (email, phone,
/// postal address, date of birth) standing close together on one page. One email in a paper's author list is
/// not a person's identity; a name block with an address, a phone number and a date of birth is.
/// </summary>
internal static class ContactClusters
{
    private static readonly HashSet<string> ContactTypes =
        [EmailFinder.Type, PhoneFinder.Type, PostalAddressFinder.Type, DateOfBirthFinder.Type];

    /// <summary>The first cluster found, as a synthetic signal from the policy, or null.</summary>
    public static DetectionSignal? Find(IEnumerable<Evidence> evidence, int minimumKinds, int window)
    {
        if (minimumKinds <= 0)
        {
            return null;
        }

        var contacts = evidence
            .Select(e => e.Signal)
            .Where(s => ContactTypes.Contains(s.Type))
            .OrderBy(s => s.Page)
            .ThenBy(s => s.Start)
            .ToList();
        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < contacts.Count; i++)
        {
            kinds.Clear();
            DetectionSignal first = contacts[i];
            DetectionSignal last = first;
            for (int j = i; j < contacts.Count && contacts[j].Page == first.Page && contacts[j].Start - first.Start <= window; j++)
            {
                DetectionSignal member = contacts[j];
                kinds[member.Type] = Math.Max(kinds.GetValueOrDefault(member.Type), member.Confidence);
                last = member;
            }

            if (kinds.Count >= minimumKinds)
            {
                return new DetectionSignal
                {
                    Detector = PolicyClassifier.DetectorName,
                    Type = BuiltInSignalRules.ContactClusterType,
                    Page = first.Page,
                    Confidence = Math.Round(kinds.Values.Average(), 2),
                    Start = first.Start,
                    Length = last.Start + last.Length - first.Start,
                    Snippet = first.Snippet,
                };
            }
        }

        return null;
    }
}
