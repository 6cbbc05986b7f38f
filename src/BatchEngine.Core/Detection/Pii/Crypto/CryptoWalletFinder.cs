using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Crypto;

/// <summary>
/// Cryptocurrency wallet addresses: bitcoin legacy addresses with a valid base58check checksum, segwit
/// <c>bc1</c> addresses with a valid bech32/bech32m checksum, and ethereum's <c>0x</c> and 40 hex digits, which
/// have no checksum in lower case and so count only near a wallet word.
/// </summary>
internal sealed class CryptoWalletFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:CryptoWallet";

    private const double CheckedConfidence = 0.7;
    private const double EthereumConfidence = 0.6;
    private const int EthereumHexDigits = 40;

    private static readonly ContextWords Context = new(["wallet", "bitcoin", "btc", "ethereum", "eth", "crypto", "address", "send to", "metamask", "usdt"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            // Every address starts a word with '1', '3', 'b'/'B' or '0'; jump between those.
            int index = text[position..].IndexOfAny("13bB0");
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            if (!CharRules.IsWordStart(text, start))
            {
                position = start + 1;
                continue;
            }

            int end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            position = Math.Max(end, start + 1);
            if (end - start < 14 || CharRules.ContinuesOnRight(text, end))
            {
                continue;
            }

            ReadOnlySpan<char> token = text[start..end];
            bool context = Context.Before(text, start, contextWindow);
            double confidence = Base58Check.IsBitcoinAddress(token) || Bech32.IsBitcoinAddress(token) ? CheckedConfidence
                : context && IsEthereumAddress(token) ? EthereumConfidence
                : 0;
            if (confidence > 0)
            {
                found.Add(new Finding(start, end - start, Type, Confidence.WithContext(confidence, context), MaskStyle.KeepLastFour));
            }
        }
    }

    private static bool IsEthereumAddress(ReadOnlySpan<char> token) =>
        token.Length == EthereumHexDigits + 2 && token[1] is 'x' or 'X' && token[0] == '0' && !token[2..].ContainsAnyExcept("0123456789abcdefABCDEF");
}
