using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Pii.Banking;
using BatchEngine.Detection.Pii.Crypto;
using BatchEngine.Detection.Pii.Names;
using BatchEngine.Detection.Pii.NationalIds;
using BatchEngine.Detection.Pii.Network;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Secrets;

namespace BatchEngine.Detection.Snippets;

/// <summary>Every finder whose hits are sensitive values, so a snippet can mask all of them, not only its own hit.</summary>
internal static class SensitiveValueFinders
{
    public static IFinder[] Create(DetectionOptions options) =>
    [
        new SsnFinder(options.ContextWindowCharacters),
        new PaymentCardFinder(options.ContextWindowCharacters),
        new EmailFinder(options.ContextWindowCharacters),
        PhoneFinder.Create(options),
        new IbanFinder(options.ContextWindowCharacters),
        new DateOfBirthFinder(options.ContextWindowCharacters),
        new PostalAddressFinder(options.ContextWindowCharacters),
        new ItinFinder(options.ContextWindowCharacters),
        new BankRoutingFinder(options.ContextWindowCharacters),
        new BankAccountFinder(),
        new PassportFinder(),
        new DriversLicenseFinder(),
        new UkNinoFinder(options.ContextWindowCharacters),
        new CaSinFinder(options.ContextWindowCharacters),
        new IpAddressFinder(options.ContextWindowCharacters),
        new CryptoWalletFinder(options.ContextWindowCharacters),
        new PersonNameFinder(),
        SecretDetector.CreateFinder(),
    ];
}
