using System.Buffers;
using System.Net;
using System.Net.Sockets;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Network;

/// <summary>
/// IPv4 (<c>192.168.0.1</c>) and IPv6 (<c>2001:db8::1</c>, full or compressed) addresses. Weak evidence on its
/// own: manuals and papers print server addresses, so a bare address stays under the evidence threshold and an
/// "IP address" label raises it. Version numbers ("version 1.2.3.4") are not addresses.
/// </summary>
internal sealed class IpAddressFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:IpAddress";

    private const double BaseConfidence = 0.35;
    private const int MaxIpv6Length = 45;

    private static readonly SearchValues<char> DigitsAndColon = SearchValues.Create("0123456789:");
    private static readonly SearchValues<char> HexAndColon = SearchValues.Create("0123456789abcdefABCDEF:");
    private static readonly ContextWords Context = new(["ip", "ip address", "ipv4", "ipv6", "client", "host", "logged in from", "source address"]);
    private static readonly ContextWords Versions = new(["version", "release", "build", "firmware", "revision", "section", "figure", "table"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            // Every address holds a digit or a colon; a hex token is walked back from there to its start.
            int index = text[position..].IndexOfAny(DigitsAndColon);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            while (start > position && HexAndColon.Contains(text[start - 1]))
            {
                start--;
            }

            int end = start;
            while (end < text.Length && end - start <= MaxIpv6Length && (HexAndColon.Contains(text[end]) || text[end] == '.'))
            {
                end++;
            }

            position = Math.Max(end, position + index + 1);
            while (end > start && text[end - 1] is '.' or ':' && !(end - start >= 2 && text[end - 2] == ':'))
            {
                end--;
            }

            if (!CharRules.IsWordStart(text, start) || (start > 0 && text[start - 1] is '.' or ':') || !CharRules.IsWordEnd(text, end)
                || !IsAddress(text[start..end]) || Versions.Before(text, start, 12))
            {
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            found.Add(new Finding(start, end - start, Type, Confidence.WithContext(BaseConfidence, context), MaskStyle.KeepLastFour));
        }
    }

    /// <summary>A dotted quad of four decimal parts, or an IPv6 address with at least two groups of hex digits.</summary>
    private static bool IsAddress(ReadOnlySpan<char> candidate)
    {
        if (candidate.Contains(':'))
        {
            // "::" alone and clock times ("10:30") are not addresses worth reporting.
            int groups = candidate.Count(':');
            return (groups >= 7 || candidate.Contains("::", StringComparison.Ordinal)) && candidate.Length > 2
                && IPAddress.TryParse(candidate, out IPAddress? v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 && HasHexGroups(candidate);
        }

        return candidate.Count('.') == 3 && !candidate.ContainsAnyExcept("0123456789.") && IsDottedQuad(candidate);
    }

    private static bool IsDottedQuad(ReadOnlySpan<char> candidate)
    {
        foreach (Range part in candidate.Split('.'))
        {
            ReadOnlySpan<char> group = candidate[part];
            if (group.Length is 0 or > 3 || (group.Length > 1 && group[0] == '0') || DigitRun.Parse(group) > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasHexGroups(ReadOnlySpan<char> candidate)
    {
        int groups = 0;
        foreach (Range part in candidate.Split(':'))
        {
            groups += candidate[part].Length > 0 ? 1 : 0;
        }

        return groups >= 2;
    }
}
