using System.Runtime.CompilerServices;
using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Pii.Banking;
using BatchEngine.Detection.Pii.Crypto;
using BatchEngine.Detection.Pii.Names;
using BatchEngine.Detection.Pii.NationalIds;
using BatchEngine.Detection.Pii.Network;
using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Secrets;

namespace BatchEngine.Detection.Snippets;

/// <summary>
/// Every finder whose hits are sensitive values, one per <see cref="SensitiveValue"/>, built once per options
/// instance. The value detectors and every snippet share them through <see cref="PageOf"/>: each page's values are
/// found once, however many detectors report on it and however many snippets mask it.
/// </summary>
internal sealed class SensitiveValueFinders
{
    private static readonly ConditionalWeakTable<DetectionOptions, SensitiveValueFinders> ByOptions = new();

    // Keyed by the page's text instance: the detectors of one document see the same strings.
    private readonly ConditionalWeakTable<string, PageValues> _pages = new();

    private SensitiveValueFinders(DetectionOptions options) => Finders = Create(options);

    /// <summary>The finders, indexed by <see cref="SensitiveValue"/>.</summary>
    public IFinder[] Finders { get; }

    /// <summary>The shared finders of <paramref name="options"/> (detectors built from one options instance share one set).</summary>
    public static SensitiveValueFinders For(DetectionOptions options) => ByOptions.GetValue(options, static o => new SensitiveValueFinders(o));

    /// <summary>
    /// True when the finder reads its page argument, so its hits on a page after the first differ from those of the
    /// masking pass (which scans as page 0): only names read it, to look for a résumé heading on the first page.
    /// </summary>
    public static bool ReadsPage(SensitiveValue kind) => kind == SensitiveValue.PersonName;

    /// <summary>The values of the page whose text is <paramref name="text"/>, found as they are asked for.</summary>
    public PageValues PageOf(string text) => _pages.GetValue(text, t => new PageValues(t, Finders));

    /// <summary>A fresh set of the finders (for masking outside a detector, as a log line is masked).</summary>
    public static IFinder[] Create(DetectionOptions options) =>
        [.. Enum.GetValues<SensitiveValue>().Select(kind => Create(kind, options))];

    private static IFinder Create(SensitiveValue kind, DetectionOptions options) => kind switch
    {
        SensitiveValue.Ssn => new SsnFinder(options.ContextWindowCharacters),
        SensitiveValue.PaymentCard => new PaymentCardFinder(options.ContextWindowCharacters),
        SensitiveValue.Email => new EmailFinder(options.ContextWindowCharacters),
        SensitiveValue.Phone => PhoneFinder.Create(options),
        SensitiveValue.Iban => new IbanFinder(options.ContextWindowCharacters),
        SensitiveValue.DateOfBirth => new DateOfBirthFinder(options.ContextWindowCharacters),
        SensitiveValue.PostalAddress => new PostalAddressFinder(options.ContextWindowCharacters),
        SensitiveValue.Itin => new ItinFinder(options.ContextWindowCharacters),
        SensitiveValue.BankRouting => new BankRoutingFinder(options.ContextWindowCharacters),
        SensitiveValue.BankAccount => new BankAccountFinder(),
        SensitiveValue.Passport => new PassportFinder(),
        SensitiveValue.DriversLicense => new DriversLicenseFinder(),
        SensitiveValue.UkNino => new UkNinoFinder(options.ContextWindowCharacters),
        SensitiveValue.CaSin => new CaSinFinder(options.ContextWindowCharacters),
        SensitiveValue.IpAddress => new IpAddressFinder(options.ContextWindowCharacters),
        SensitiveValue.CryptoWallet => new CryptoWalletFinder(options.ContextWindowCharacters),
        SensitiveValue.PersonName => new PersonNameFinder(),
        SensitiveValue.Secret => SecretDetector.CreateFinder(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
