namespace BatchEngine.Detection.Pii.Crypto;

/// <summary>Bitcoin's segwit addresses (<c>bc1...</c>): the BIP-173 bech32 and BIP-350 bech32m checksums.</summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;
    private static readonly uint[] Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    public static bool IsDataChar(char c) => Charset.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>True for a mainnet address (<c>bc1</c>, one letter case) whose checksum is bech32 or bech32m.</summary>
    public static bool IsBitcoinAddress(ReadOnlySpan<char> address)
    {
        if (address.Length is < 14 or > 74 || !address[..3].Equals("bc1", StringComparison.OrdinalIgnoreCase)
            || (address.ContainsAnyInRange('a', 'z') && address.ContainsAnyInRange('A', 'Z')))
        {
            return false;
        }

        // The human-readable part "bc", expanded: high bits, a zero, low bits.
        uint checksum = 1;
        checksum = Step(checksum, 'b' >> 5);
        checksum = Step(checksum, 'c' >> 5);
        checksum = Step(checksum, 0);
        checksum = Step(checksum, 'b' & 31);
        checksum = Step(checksum, 'c' & 31);
        foreach (char c in address[3..])
        {
            int value = Charset.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            checksum = Step(checksum, (uint)value);
        }

        return checksum is Bech32Constant or Bech32mConstant;
    }

    private static uint Step(uint checksum, uint value)
    {
        uint top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++)
        {
            if (((top >> i) & 1) != 0)
            {
                checksum ^= Generator[i];
            }
        }

        return checksum;
    }
}
