using BatchEngine.Detection;
using BatchEngine.Reading;

namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// Financial account data: a document listing several distinct account or card numbers (a bank statement's
/// transactions, a payment export). One account number alone, such as an organisation's own bank details on its
/// invoice or form, is not counted here.
/// </summary>
internal static class AccountLists
{
    public const string Type = "PII:AccountList";

    private static readonly HashSet<string> AccountTypes = new(StringComparer.Ordinal) { "PII:IBAN", "PII:BankAccount", "PII:CreditCard" };

    public static DetectionSignal? Find(IReadOnlyList<Evidence> counted, ExtractedDocument document, int minimumNumbers)
    {
        if (minimumNumbers <= 0)
        {
            return null;
        }

        var texts = document.Pages.ToDictionary(p => p.Number, p => p.Text);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        DetectionSignal? first = null;
        foreach (DetectionSignal signal in counted.Select(e => e.Signal).Where(s => AccountTypes.Contains(s.Type)))
        {
            if (texts.TryGetValue(signal.Page, out string? text) && signal.Start >= 0 && signal.Start + signal.Length <= text.Length)
            {
                distinct.Add(new string(text.AsSpan(signal.Start, signal.Length).ToString().Where(char.IsLetterOrDigit).ToArray()));
                first ??= signal;
            }
        }

        return distinct.Count >= minimumNumbers && first is not null
            ? first with { Detector = PolicyClassifier.DetectorName, Type = Type }
            : null;
    }
}
