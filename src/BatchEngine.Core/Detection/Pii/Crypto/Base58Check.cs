using System.Security.Cryptography;

namespace BatchEngine.Detection.Pii.Crypto;

/// <summary>Bitcoin's legacy addresses: base58 of a version byte, a 20-byte hash and a 4-byte double-SHA-256 checksum.</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int DecodedLength = 25;

    public static bool IsBase58(char c) => c < 128 && Alphabet.Contains(c, StringComparison.Ordinal);

    /// <summary>True when <paramref name="address"/> decodes to 25 bytes with version 0 (P2PKH) or 5 (P2SH) and a matching checksum.</summary>
    public static bool IsBitcoinAddress(ReadOnlySpan<char> address)
    {
        if (address.Length is < 26 or > 35 || address[0] is not ('1' or '3'))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[DecodedLength];
        decoded.Clear();
        foreach (char c in address)
        {
            int carry = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (carry < 0)
            {
                return false;
            }

            for (int i = DecodedLength - 1; i >= 0; i--)
            {
                carry += 58 * decoded[i];
                decoded[i] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        // Each leading '1' stands for one leading zero byte, and only those may be zero at the front.
        int ones = address.Length - address.TrimStart('1').Length;
        int zeros = decoded.Length - decoded.TrimStart((byte)0).Length;
        if (ones != zeros || decoded[0] is not (0 or 5))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(decoded[..21], hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(decoded[21..]);
    }
}
