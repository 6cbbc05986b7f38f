namespace BatchEngine.Detection.Pii;

/// <summary>Issuer identification number ranges and the lengths each issuer uses.</summary>
internal static class CardIssuers
{
    public static bool IsKnown(ReadOnlySpan<byte> digits)
    {
        int length = digits.Length;
        int p1 = digits[0];
        int p2 = Prefix(digits, 2);
        int p3 = Prefix(digits, 3);
        int p4 = Prefix(digits, 4);
        int p6 = Prefix(digits, 6);
        return (p1 == 4 && length is 13 or 16 or 19)                                   // Visa
            || ((p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720) && length == 16)   // Mastercard
            || (p2 is 34 or 37 && length == 15)                                        // American Express
            || ((p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925) && length is >= 16 and <= 19) // Discover
            || ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && length is >= 14 and <= 19) // Diners Club
            || (p4 is >= 3528 and <= 3589 && length is >= 16 and <= 19)                // JCB
            || (p2 == 62 && length is >= 16 and <= 19)                                 // UnionPay
            || (p4 is >= 2200 and <= 2204 && length is >= 16 and <= 19)                // Mir
            || (p2 is 50 or 56 or 57 or 58 or 63 or 67 && length is >= 13 and <= 19);  // Maestro
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
}
