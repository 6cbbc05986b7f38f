using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Secrets;

namespace BatchEngine.Detection.Snippets;

/// <summary>Every finder whose hits are sensitive values, so a snippet can mask all of them, not only its own hit.</summary>
internal static class SensitiveValueFinders
{
    public static IFinder[] Create(int contextWindow) =>
    [
        new SsnFinder(contextWindow),
        new PaymentCardFinder(contextWindow),
        new EmailFinder(contextWindow),
        new PhoneFinder(contextWindow),
        new IbanFinder(contextWindow),
        new DateOfBirthFinder(contextWindow),
        new PostalAddressFinder(contextWindow),
        SecretDetector.CreateFinder(),
    ];
}
