namespace BatchEngine.Detection.Pii;

/// <summary>
/// Issuer identification number ranges the card networks publish, with the lengths each network issues.
/// Ranges overlap (Maestro's 6 covers Discover's 65): a number is a card when any network's range and length fit.
/// </summary>
internal static class CardIssuers
{
    public const int MinLength = 12;
    public const int MaxLength = 19;

    /// <summary>From, to (inclusive, compared on the first <c>Digits</c> digits), the lengths issued, and the network.</summary>
    private static readonly Range[] Ranges =
    [
        new(4, 4, 1, 13, 13, "Visa"),
        new(4, 4, 1, 16, 16, "Visa"),
        new(4, 4, 1, 19, 19, "Visa"),
        new(51, 55, 2, 16, 16, "Mastercard"),
        new(2221, 2720, 4, 16, 16, "Mastercard"),
        new(34, 34, 2, 15, 15, "American Express"),
        new(37, 37, 2, 15, 15, "American Express"),
        new(6011, 6011, 4, 16, 19, "Discover"),
        new(644, 649, 3, 16, 19, "Discover"),
        new(65, 65, 2, 16, 19, "Discover"),
        new(622126, 622925, 6, 16, 19, "Discover"),
        new(300, 305, 3, 14, 19, "Diners Club"),
        new(3095, 3095, 4, 14, 19, "Diners Club"),
        new(36, 36, 2, 14, 19, "Diners Club"),
        new(38, 39, 2, 14, 19, "Diners Club"),
        new(3528, 3589, 4, 16, 19, "JCB"),
        new(1800, 1800, 4, 15, 15, "JCB"),             // the older 15-digit JCB ranges
        new(2131, 2131, 4, 15, 15, "JCB"),
        new(50, 50, 2, 12, 19, "Maestro"),
        new(56, 69, 2, 12, 19, "Maestro"),
        new(62, 62, 2, 16, 19, "UnionPay"),
        new(2200, 2204, 4, 16, 19, "Mir"),
        new(60, 60, 2, 16, 16, "RuPay"),
        new(81, 82, 2, 16, 16, "RuPay"),
        new(508, 508, 3, 16, 16, "RuPay"),
        new(353, 353, 3, 16, 16, "RuPay"),
        new(356, 356, 3, 16, 16, "RuPay"),
        new(1, 1, 1, 15, 15, "UATP"),                  // airline cards (AirPlus), in Presidio's tests
    ];

    public static bool IsKnown(ReadOnlySpan<byte> digits)
    {
        int length = digits.Length;
        foreach (Range range in Ranges)
        {
            if (length >= range.MinLength && length <= range.MaxLength && Prefix(digits, range.Digits) is int prefix
                && prefix >= range.From && prefix <= range.To)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the digits (as text) pass Luhn and fall in a network's range and lengths.</summary>
    public static bool IsCardNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        Span<byte> values = stackalloc byte[digits.Length];
        for (int i = 0; i < digits.Length; i++)
        {
            values[i] = (byte)(digits[i] - '0');
        }

        return Luhn.IsValid(values) && IsKnown(values);
    }

    private static int Prefix(ReadOnlySpan<byte> digits, int count)
    {
        int value = 0;
        for (int i = 0; i < count && i < digits.Length; i++)
        {
            value = (value * 10) + digits[i];
        }

        return value;
    }

    private sealed record Range(int From, int To, int Digits, int MinLength, int MaxLength, string Network);
}
