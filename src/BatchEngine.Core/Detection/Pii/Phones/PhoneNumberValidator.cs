using System.Collections.Concurrent;
using PhoneNumbers;

namespace BatchEngine.Detection.Pii.Phones;

/// <summary>
/// Asks libphonenumber whether a candidate's digits are a number. A number written with <c>+</c> is parsed
/// once (country code, an international <c>(0)</c>, extensions). A national number is tried against each
/// configured region without re-parsing the text: the region's trunk prefix is stripped from the digits
/// and the rest is checked against that region's number ranges, about 3 µs a region.
/// </summary>
internal sealed class PhoneNumberValidator
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Answers already computed, by digits. Snippet masking re-scans the text around every hit, so the same numbers
    /// are validated again and again; the cache is cleared when full, which keeps it bounded.
    /// </summary>
    private const int CacheLimit = 4096;

    private readonly Region[] _regions;
    private readonly ConcurrentDictionary<string, PhoneValidity> _national = new(StringComparer.Ordinal);

    public PhoneNumberValidator(IEnumerable<string> regionCodes)
    {
        _regions = [.. regionCodes
            .Select(code => code.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Select(code => (Code: code, Metadata: Util.GetMetadataForRegion(code)))
            .Where(r => r.Metadata is not null)
            .Select(r => new Region(r.Code, r.Metadata.CountryCode, r.Metadata.NationalPrefix ?? string.Empty))];
    }

    /// <summary>True when libphonenumber knows the region code (for options validation).</summary>
    public static bool IsKnownRegion(string code) => Util.GetSupportedRegions().Contains(code.Trim().ToUpperInvariant());

    /// <summary>Validates a number written with <c>+</c>; <paramref name="written"/> is its text (extension included).</summary>
    public static PhoneValidity International(ReadOnlySpan<char> written)
    {
        PhoneNumber number;
        try
        {
            number = Util.Parse(written.ToString(), "ZZ");
        }
        catch (NumberParseException)
        {
            // Unknown country code or a length no country uses: the scanner's shape was right, the number is not.
            return PhoneValidity.None;
        }

        return Util.IsValidNumber(number) ? PhoneValidity.Valid
            : Util.IsPossibleNumber(number) ? PhoneValidity.Possible
            : PhoneValidity.None;
    }

    /// <summary>
    /// Validates national digits against the configured regions. <paramref name="withoutTrunkPrefix"/> allows a
    /// region with a trunk prefix to take digits that lack it: the area code in brackets of Brazil's
    /// <c>(11) 98456-5666</c>, and the North American <c>212-555-0123</c> whose trunk prefix is an optional 1.
    /// </summary>
    public PhoneValidity National(ReadOnlySpan<char> digits, bool withoutTrunkPrefix)
    {
        var lookup = _national.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[digits.Length + 1];
        key[0] = withoutTrunkPrefix ? 'w' : 'n';
        digits.CopyTo(key[1..]);
        if (lookup.TryGetValue(key, out PhoneValidity known))
        {
            return known;
        }

        PhoneValidity validity = Compute(digits, withoutTrunkPrefix);
        if (_national.Count >= CacheLimit)
        {
            _national.Clear();
        }

        lookup.TryAdd(key, validity);
        return validity;
    }

    private PhoneValidity Compute(ReadOnlySpan<char> digits, bool withoutTrunkPrefix)
    {
        PhoneValidity best = PhoneValidity.None;
        foreach (Region region in _regions)
        {
            ReadOnlySpan<char> significant = digits;
            if (region.TrunkPrefix.Length > 0 && digits.StartsWith(region.TrunkPrefix, StringComparison.Ordinal))
            {
                significant = digits[region.TrunkPrefix.Length..];
            }
            else if (region.TrunkPrefix.Length > 0 && !withoutTrunkPrefix && region.CountryCode != 1)
            {
                // "2125550123" is not how a German writes a German number: without the 0 it is not national format.
                continue;
            }

            PhoneValidity validity = Check(region, significant);
            if (validity == PhoneValidity.Valid)
            {
                return validity;
            }

            best = (PhoneValidity)Math.Max((int)best, (int)validity);
        }

        return best;
    }

    private static PhoneValidity Check(Region region, ReadOnlySpan<char> significant)
    {
        if (significant.Length is < 4 or > 17 || !ulong.TryParse(significant, out ulong value))
        {
            return PhoneValidity.None;
        }

        int leadingZeros = significant.Length - significant.TrimStart('0').Length;
        var builder = new PhoneNumber.Builder().SetCountryCode(region.CountryCode).SetNationalNumber(value);
        if (leadingZeros > 0)
        {
            // Italy keeps the 0 of its area codes after the country code (+39 06 ...).
            builder.SetNumberOfLeadingZeros(leadingZeros);
        }

        PhoneNumber number = builder.Build();
        return Util.IsValidNumberForRegion(number, region.Code) ? PhoneValidity.Valid
            : Util.IsPossibleNumber(number) ? PhoneValidity.Possible
            : PhoneValidity.None;
    }

    private sealed record Region(string Code, int CountryCode, string TrunkPrefix);
}
