using System.Buffers;
using BatchEngine.Detection.Pii.Phones;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Phone numbers, validated by libphonenumber. A cheap scan (<see cref="PhoneCandidateScanner"/>) finds runs
/// shaped like phone numbers; look-alikes (dates, IPs, ISBNs, cards, amounts, labelled references) are dropped;
/// the rest is checked against libphonenumber's number ranges: with <c>+</c> for its country, otherwise for
/// each configured region. Confidence follows the shape: a <c>+</c> number, a national number with its trunk
/// prefix (<c>07700 900 123</c>, <c>03.12.34.56.78</c>) or a bracketed area code, and the North American
/// 3-3-4 layout stand on their own; bare digits and other layouts need a context word ("phone", "tel").
/// </summary>
internal sealed class PhoneFinder(int contextWindow, IEnumerable<string> regions) : IFinder
{
    public const string Type = "PII:Phone";

    private const double InternationalConfidence = 0.6;
    private const double NationalConfidence = 0.55;
    private const double PossibleConfidence = 0.4;
    private const double WeakConfidence = 0.3;
    private const int MinTrunkDigits = 8;
    private const int WeakContextWindow = 20;

    /// <summary>Below this, a hit without a context word is not reported at all.</summary>
    private const double ReportFloor = 0.4;

    private static readonly SearchValues<char> Starts = SearchValues.Create("0123456789+(");

    private static readonly ContextWords Context = new(
    [
        // Words are matched as prefixes, so short abbreviations carry their punctuation ("tel:" but not "telco", "ph" never).
        "phone", "tel.", "tel:", "tel/", "telephone", "mobile", "cell:", "cell.", "cellphone", "cell phone", "fax", "call", "contact",
        "whatsapp", "dial", "text me", "reach me", "mob.", "mob:", "tlf.", "tlf:", "telefon", "teléfono", "telefono", "téléphone", "telefoon", "puhelin", "móvil", "cellulare", "portable",
        "handy", "numéro", "número", "numero", "rufnummer",
    ]);

    private readonly PhoneNumberValidator _validator = new(regions);

    /// <summary>The finder for these options: their <see cref="DetectionOptions.PhoneRegions"/>, or the default regions when none are listed.</summary>
    public static PhoneFinder Create(DetectionOptions options) =>
        new(options.ContextWindowCharacters, options.PhoneRegions is { Count: > 0 } listed ? listed : DefaultPhoneRegions.All);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        Span<char> digits = stackalloc char[PhoneCandidateScanner.MaxDigits];
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOfAny(Starts);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            if (!PhoneCandidateScanner.TryRead(text, start, digits, out PhoneCandidate candidate))
            {
                position = CharRules.IsDigit(text[start]) ? DigitRun.End(text, start) : start + 1;
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            double confidence = Judge(text, ref candidate, digits, context);

            // Bare digits and unusual layouts lean on their context word, so it must stand close, as a label does.
            context &= confidence > WeakConfidence || Context.Before(text, start, WeakContextWindow);
            if (confidence >= ReportFloor || (confidence > 0 && context))
            {
                found.Add(new Finding(start, candidate.Length, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            }

            position = candidate.End;
        }
    }

    /// <summary>
    /// The candidate's confidence before context, or 0. A last space-separated group may be another number (a year
    /// after the number, a count): when it reads as a year the number without it is tried first, otherwise only
    /// when the whole run fails.
    /// </summary>
    private double Judge(ReadOnlySpan<char> text, ref PhoneCandidate candidate, Span<char> digits, bool context)
    {
        bool canDrop = PhoneCandidateScanner.TryDropLastGroup(text, candidate, out PhoneCandidate shorter);
        if (canDrop && EndsWithYear(text, candidate) && JudgeWhole(text, shorter, digits[..shorter.DigitCount], context) is > 0 and double first)
        {
            candidate = shorter;
            return first;
        }

        double confidence = JudgeWhole(text, candidate, digits[..candidate.DigitCount], context);
        if (confidence == 0 && canDrop && JudgeWhole(text, shorter, digits[..shorter.DigitCount], context) is > 0 and double second)
        {
            candidate = shorter;
            return second;
        }

        return Math.Max(0, confidence);
    }

    private static bool EndsWithYear(ReadOnlySpan<char> text, PhoneCandidate candidate) =>
        candidate.DigitsEnd - candidate.Start > 5 && text[candidate.DigitsEnd - 5] == ' '
            && DigitRun.Parse(text[(candidate.DigitsEnd - 4)..candidate.DigitsEnd]) is >= 1900 and <= 2099;

    /// <summary>The confidence of exactly this candidate: -1 for a look-alike (no shorter reading is tried), 0 when invalid.</summary>
    private double JudgeWhole(ReadOnlySpan<char> text, PhoneCandidate candidate, ReadOnlySpan<char> digits, bool context)
    {
        if (PhoneLookAlikes.IsLookAlike(text, candidate, digits, context))
        {
            return -1;
        }

        if (candidate.International)
        {
            return PhoneNumberValidator.International(text[candidate.Start..candidate.End]) switch
            {
                PhoneValidity.Valid => InternationalConfidence,
                PhoneValidity.Possible => PossibleConfidence,
                _ => 0,
            };
        }

        // A trunk prefix opens an area code ("020", "(02)", "03."), never stands alone, and leads at least 8 digits.
        bool trunk = digits[0] == '0' && digits.Length >= MinTrunkDigits && CharRules.IsDigit(text[candidate.Start + 1]);
        bool northAmerican = IsNorthAmericanLayout(text, candidate, digits);
        // Under a phone label a number may be written without its trunk prefix, as India's and many countries'
        // mobiles are ("Phone: 8756390642"); unlabelled, that is not national format.
        PhoneValidity validity = _validator.National(digits, withoutTrunkPrefix: candidate.AreaInParentheses || context);
        bool strongShape = !candidate.Bare && (trunk || candidate.AreaInParentheses || northAmerican);
        return validity switch
        {
            PhoneValidity.Valid when strongShape => NationalConfidence,
            PhoneValidity.Valid => WeakConfidence,
            PhoneValidity.Possible when strongShape && trunk => WeakConfidence,
            _ => 0,
        };
    }

    /// <summary><c>212-555-0123</c>, <c>212.555.0123</c>, <c>1-800-555-0199</c>: ten digits (after an optional 1) in 3-3-4 with area code and exchange from 2-9.</summary>
    private static bool IsNorthAmericanLayout(ReadOnlySpan<char> text, PhoneCandidate candidate, ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<char> national = digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
        if (national.Length != 10 || national[0] < '2' || national[3] < '2')
        {
            return false;
        }

        ReadOnlySpan<char> written = text[candidate.Start..candidate.DigitsEnd];
        int lastSeparator = written.LastIndexOfAny(" -.");
        return candidate.Groups >= 3 && lastSeparator == written.Length - 5;
    }
}
