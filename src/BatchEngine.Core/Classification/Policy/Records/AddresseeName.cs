using BatchEngine.Detection;

namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// The person an invoice, order, bill or letter is addressed to: the line under (or after) an addressee label
/// (<c>Shipping Address</c>, <c>Bill To</c>, <c>Ship To</c>, <c>Customer</c>, <c>Account holder</c>, ...) when it is
/// written like a name (two to four capitalised words, no digits). The address block that follows is that
/// person's record. An organisation's name (<c>Ltd</c>, <c>Inc</c>, <c>GmbH</c>, <c>B.V.</c>) is not a person.
/// </summary>
internal static class AddresseeName
{
    private static readonly string[] Labels =
    [
        "shipping address", "billing address", "delivery address", "bill to", "ship to", "deliver to", "sold to", "invoice to",
        "customer", "customer name", "account holder", "addressee", "recipient", "consignee", "buyer", "tenant", "patient",
    ];

    private static readonly string[] Organisations = ["ltd", "inc", "llc", "gmbh", "b.v.", "bv", "plc", "corp", "company", "sa", "ag", "pvt", "limited", "holding", "services", "bank", "club", "team"];

    /// <summary>Every addressee name on the page, as <c>PII:PersonName</c> signals from the policy.</summary>
    public static IEnumerable<DetectionSignal> Find(string text, int page)
    {
        int position = 0;
        while (position < text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int end = newline < 0 ? text.Length : newline;
            ReadOnlySpan<char> line = text.AsSpan(position, end - position).Trim().Trim('*').Trim();
            if (LabelLength(line) is int label and > 0)
            {
                ReadOnlySpan<char> rest = line[label..].TrimStart(" :*").Trim();
                (int start, int length) = rest.IsEmpty ? NextLine(text, end) : (text.IndexOf(rest.ToString(), position, StringComparison.Ordinal), rest.Length);
                if (start >= 0 && length > 0 && IsPersonName(text.AsSpan(start, length)))
                {
                    yield return new DetectionSignal
                    {
                        Detector = PolicyClassifier.DetectorName, Type = RecordParts.PersonName, Page = page, Confidence = 0.7,
                        Start = start, Length = length, Snippet = "[addressee]",
                    };
                }
            }

            position = end + 1;
        }
    }

    private static int LabelLength(ReadOnlySpan<char> line)
    {
        foreach (string label in Labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (line.Length == label.Length || line[label.Length] is ':' or ' '))
            {
                return label.Length;
            }
        }

        return 0;
    }

    private static (int Start, int Length) NextLine(string text, int end)
    {
        int start = end + 1;
        if (start >= text.Length)
        {
            return (-1, 0);
        }

        int next = text.IndexOf('\n', start);
        int stop = next < 0 ? text.Length : next;
        ReadOnlySpan<char> line = text.AsSpan(start, stop - start);
        int lead = line.Length - line.TrimStart().Length;
        return (start + lead, line.Trim().Length);
    }

    private static bool IsPersonName(ReadOnlySpan<char> candidate)
    {
        string[] words = candidate.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            && !words.Any(w => Organisations.Contains(w.ToLowerInvariant().TrimEnd(','), StringComparer.Ordinal));
    }
}
