namespace BatchEngine.Detection.Pii.Banking;

/// <summary>The ABA routing number rules: a Federal Reserve prefix and the 3-7-1 weighted checksum.</summary>
internal static class AbaRoutingNumber
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || !digits.ContainsAnyExcept('0'))
        {
            return false;
        }

        // 00-12 banks, 21-32 thrift institutions, 61-72 electronic transactions, 80 traveller's cheques.
        int prefix = ((digits[0] - '0') * 10) + (digits[1] - '0');
        if (prefix is not ((>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80))
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 9; i += 3)
        {
            sum += (3 * (digits[i] - '0')) + (7 * (digits[i + 1] - '0')) + (digits[i + 2] - '0');
        }

        return sum % 10 == 0;
    }
}
