using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Phones;

/// <summary>
/// Digit runs shaped like phone numbers that are something else: a date, an IPv4 address, an ISBN, a payment
/// card, an amount of money, or a number labelled as a reference (invoice, order, account, ISBN, DOI...).
/// </summary>
internal static class PhoneLookAlikes
{
    private const int ReferenceWindow = 25;

    private static readonly ContextWords ReferenceWords = new(
    [
        "isbn", "issn", "doi", "order", "invoice", "ref", "reference", "tracking", "serial", "account", "acct", "iban", "routing",
        "id", "no.", "nr", "case", "ticket", "transaction", "sku", "ean", "barcode", "patent", "version", "ver.", "build", "isin",
        "policy", "passport", "licence", "license", "ssn", "sin", "tax", "vat", "registration", "receipt", "batch", "lot",
    ]);

    private static readonly ContextWords CurrencyWords = new(["usd", "eur", "gbp", "chf", "jpy", "inr", "aud", "cad", "sek", "nok", "dkk", "pln", "brl", "mxn"]);

    public static bool IsLookAlike(ReadOnlySpan<char> text, PhoneCandidate candidate, ReadOnlySpan<char> digits, bool phoneContext)
    {
        ReadOnlySpan<char> written = text[candidate.Start..candidate.DigitsEnd];
        return IsDate(text, candidate)
            || IsIpv4(written, candidate)
            || IsIsbn(digits)
            || IsCard(digits, candidate)
            || IsAmount(text, candidate)
            || (!phoneContext && ReferenceWords.Before(text, candidate.Start, ReferenceWindow));
    }

    /// <summary>A date covering the whole run (<c>15.01.2023</c>, <c>2023-01-15</c>).</summary>
    private static bool IsDate(ReadOnlySpan<char> text, PhoneCandidate candidate) =>
        !candidate.International && CharRules.IsDigit(text[candidate.Start])
            && DateParser.TryParse(text[candidate.Start..]) >= candidate.DigitsEnd - candidate.Start;

    /// <summary>Four dot-separated parts of one to three digits, each at most 255.</summary>
    private static bool IsIpv4(ReadOnlySpan<char> written, PhoneCandidate candidate)
    {
        if (!candidate.DotSeparated || candidate.Groups != 4)
        {
            return false;
        }

        foreach (Range part in written.Split('.'))
        {
            ReadOnlySpan<char> group = written[part];
            if (group.Length > 3 || DigitRun.Parse(group) > 255)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ISBN-13 (978/979 and its mod-10 check) or an ISBN-10 with its mod-11 check.</summary>
    private static bool IsIsbn(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 13 && (digits.StartsWith("978") || digits.StartsWith("979")))
        {
            int sum = 0;
            for (int i = 0; i < 13; i++)
            {
                sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
            }

            return sum % 10 == 0;
        }

        return false;
    }

    /// <summary>A national run of 12 or more digits that passes Luhn in a card issuer's range belongs to the card finder.</summary>
    private static bool IsCard(ReadOnlySpan<char> digits, PhoneCandidate candidate) =>
        !candidate.International && CardIssuers.IsCardNumber(digits);

    /// <summary>A currency sign or code right before the number, or a currency sign right after it.</summary>
    private static bool IsAmount(ReadOnlySpan<char> text, PhoneCandidate candidate)
    {
        int before = candidate.Start - 1;
        if (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && IsCurrencySign(text[before]))
        {
            return true;
        }

        if (CurrencyWords.Before(text, candidate.Start, 5))
        {
            return true;
        }

        int after = candidate.End;
        if (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && IsCurrencySign(text[after]);
    }

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽' or '¢';
}
