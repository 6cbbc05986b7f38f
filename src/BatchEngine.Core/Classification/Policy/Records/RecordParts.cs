namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// The personal data that, in one record with a person's name, make the record a person's identity: contact
/// details, a date of birth, government ids and account or card numbers. Signal types are written out rather
/// than taken from the finders, so a detector replaced by another that writes the same type keeps counting.
/// </summary>
internal static class RecordParts
{
    public const string PersonName = "PII:PersonName";

    private static readonly Dictionary<string, (string Words, bool Contact)> Parts = new(StringComparer.Ordinal)
    {
        ["PII:Email"] = ("an e-mail address", true),
        ["PII:Phone"] = ("a phone number", true),
        ["PII:PostalAddress"] = ("a postal address", true),
        ["PII:DateOfBirth"] = ("a date of birth", true),
        ["PII:SSN"] = ("a Social Security number", false),
        ["PII:ITIN"] = ("a taxpayer id", false),
        ["PII:Passport"] = ("a passport number", false),
        ["PII:DriversLicense"] = ("a driver's licence number", false),
        ["PII:UkNino"] = ("a National Insurance number", false),
        ["PII:CaSin"] = ("a Social Insurance number", false),
        ["PII:NationalId"] = ("a national id number", false),
        ["PII:CreditCard"] = ("a payment card number", false),
        ["PII:IBAN"] = ("a bank account number (IBAN)", false),
        ["PII:BankAccount"] = ("a bank account number", false),
        ["PII:BankRouting"] = ("a bank routing number", false),
    };

    public static bool IsPart(string type) => Parts.ContainsKey(type);

    /// <summary>True for the kinds the no-name contact cluster counts (e-mail, phone, address, date of birth).</summary>
    public static bool IsContact(string type) => Parts.TryGetValue(type, out var part) && part.Contact;

    public static string Words(string type) => Parts.TryGetValue(type, out var part) ? part.Words : type;

    /// <summary>"an e-mail address and a phone number", in the order given.</summary>
    public static string List(IEnumerable<string> types)
    {
        string[] words = types.Select(Words).Distinct().ToArray();
        return words.Length switch
        {
            0 => string.Empty,
            1 => words[0],
            _ => string.Join(", ", words[..^1]) + " and " + words[^1],
        };
    }
}
