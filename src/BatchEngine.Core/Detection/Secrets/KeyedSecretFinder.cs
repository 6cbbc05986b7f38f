using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Secrets by the name of the key that holds them (<c>Secret:Password</c>): a line of a <c>.env</c>, <c>.ini</c>,
/// YAML, TOML, JSON or properties file, or an XML element or attribute, whose key is named like a password, secret,
/// token or key (<c>DB_PASSWORD=...</c>, <c>"client_secret": "..."</c>, <c>&lt;password&gt;...&lt;/password&gt;</c>,
/// <c>jwt_signing_key: ...</c>) and whose value is a real value, not a placeholder (<see cref="PlaceholderValue"/>),
/// a number, a flag or a reference to another setting. Keys that only describe a secret (<c>token_url</c>,
/// <c>password_min_length</c>, <c>max_tokens</c>) are not secrets. Prose ("Password: must be 8 characters") is not a
/// value: an unquoted value must be the rest of its line and hold no space.
/// </summary>
internal sealed partial class KeyedSecretFinder : IFinder
{
    public const string Type = "Secret:Password";

    private static readonly string[] DescriptiveSuffixes =
    [
        "url", "uri", "path", "file", "length", "len", "size", "count", "type", "name", "enabled", "expiry", "expires",
        "ttl", "timeout", "policy", "endpoint", "header", "field", "prefix", "hint", "min", "max", "limit", "env",
        "format", "algorithm", "alg", "lifetime", "duration", "rotation", "required", "reset", "strength", "label",
    ];

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        if (!KeyWord().IsMatch(text))
        {
            return;
        }

        foreach (Match match in Assignment().Matches(text.ToString()))
        {
            Add(match, match.Groups["sep"].Value == "=" ? 0.9 : 0.8, found);
        }

        foreach (Match match in XmlValue().Matches(text.ToString()))
        {
            Add(match, 0.9, found);
        }
    }

    private static void Add(Match match, double confidence, List<Finding> found)
    {
        Group value = match.Groups["value"];
        ReadOnlySpan<char> raw = value.ValueSpan;
        int start = value.Index;
        if (raw.Length >= 2 && raw[0] is '"' or '\'' && raw[^1] == raw[0])
        {
            raw = raw[1..^1];
            start++;
        }

        if (IsDescriptive(match.Groups["key"].ValueSpan) || !IsValue(raw))
        {
            return;
        }

        found.Add(new Finding(start, raw.Length, Type, confidence, MaskStyle.Secret));
    }

    private static bool IsDescriptive(ReadOnlySpan<char> key)
    {
        string lower = key.ToString().ToLowerInvariant();
        if (lower.StartsWith("max", StringComparison.Ordinal) || lower.StartsWith("min", StringComparison.Ordinal) || lower.Contains("tokeniz", StringComparison.Ordinal))
        {
            return true;
        }

        int cut = lower.LastIndexOfAny(['_', '-', '.']);
        string last = cut < 0 ? CamelTail(key) : lower[(cut + 1)..];
        return DescriptiveSuffixes.Contains(last, StringComparer.Ordinal);
    }

    /// <summary>The last word of a camelCase key (<c>passwordMinLength</c> -> <c>length</c>).</summary>
    private static string CamelTail(ReadOnlySpan<char> key)
    {
        for (int i = key.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(key[i]) && char.IsLower(key[i - 1]))
            {
                return key[i..].ToString().ToLowerInvariant();
            }
        }

        return string.Empty;
    }

    private static bool IsValue(ReadOnlySpan<char> value)
    {
        if (PlaceholderValue.IsPlaceholder(value) || value.ContainsAny(' ', '(', '\t'))
        {
            return false;
        }

        bool allDigits = true;
        foreach (char c in value)
        {
            allDigits &= CharRules.IsDigit(c);
        }

        return !allDigits
            && !value.StartsWith("process.env", StringComparison.Ordinal)
            && !value.StartsWith("os.environ", StringComparison.Ordinal)
            && !value.StartsWith("env.", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"passw|pwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|signing[_-]?key|auth[_-]?key|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyWord();

    /// <summary>
    /// <c>key = value</c>, <c>key: value</c>, <c>"key": "value"</c>, <c>export KEY=value</c>, <c>--password=value</c>: the
    /// key alone at the start of its line (list bullets and Markdown bold allowed), the value the rest of the line.
    /// </summary>
    [GeneratedRegex(
        @"(?im)^[ \t]*(?:export[ \t]+|set[ \t]+|[-*][ \t]+|--)?(?:\*\*)?[""']?(?<key>[a-z0-9_.\-]*(?:passw(?:or)?d|pwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|signing[_-]?key|auth[_-]?key|credentials?)[a-z0-9_.\-]*)[""']?(?:\*\*)?[ \t]*(?<sep>[=:])(?:\*\*)?[ \t]*(?<value>""[^""\r\n]*""|'[^'\r\n]*'|[^\s""',;#]+)[ \t]*[,;]?[ \t]*(?:[#;].*)?\r?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();

    /// <summary><c>&lt;password&gt;value&lt;/password&gt;</c> and <c>password="value"</c> inside a tag.</summary>
    [GeneratedRegex(
        @"(?i)<(?<key>[a-z0-9_.:\-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|signing[_-]?key)[a-z0-9_.\-]*)>(?<value>[^<\s]+)</\k<key>>|<[a-z][^<>]*?\s(?<key>[a-z0-9_.:\-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key)[a-z0-9_\-]*)\s*=\s*(?<value>""[^""<>]*""|'[^'<>]*')",
        RegexOptions.CultureInvariant)]
    private static partial Regex XmlValue();
}
