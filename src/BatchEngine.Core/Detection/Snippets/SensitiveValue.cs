namespace BatchEngine.Detection.Snippets;

/// <summary>The kinds of sensitive value every snippet masks; each has one finder in <see cref="SensitiveValueFinders"/>.</summary>
internal enum SensitiveValue
{
    Ssn,
    PaymentCard,
    Email,
    Phone,
    Iban,
    DateOfBirth,
    PostalAddress,
    Itin,
    BankRouting,
    BankAccount,
    Passport,
    DriversLicense,
    UkNino,
    CaSin,
    IpAddress,
    CryptoWallet,
    PersonName,
    Secret,
}
