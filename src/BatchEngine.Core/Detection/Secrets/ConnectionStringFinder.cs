using System.Buffers;
using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Connection strings that carry a password (<c>Secret:ConnectionString</c>): ADO.NET/ODBC/JDBC key-value strings
/// (<c>Server=db;User Id=app;Password=...;</c>) where a password key stands beside a server, host, data source or
/// database key on the same line, and URLs with credentials in them (<c>postgres://user:pass@host/db</c>,
/// <c>amqp://...</c>, <c>https://user:pass@host</c>). The password alone is the hit, so only it is masked.
/// Placeholder passwords (<c>Password=&lt;password&gt;</c>, <c>${DB_PASS}</c>) are not reported.
/// </summary>
internal sealed partial class ConnectionStringFinder : IFinder
{
    public const string Type = "Secret:ConnectionString";

    private static readonly SearchValues<string> PasswordKeys = SearchValues.Create(["password", "pwd"], StringComparison.OrdinalIgnoreCase);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        // What each pattern cannot match without, so a page lacking it is not run through the pattern (nor copied).
        bool keyValue = text.Contains('=') && text.IndexOfAny(PasswordKeys) >= 0;
        bool url = text.Contains('@') && text.IndexOf("://", StringComparison.Ordinal) >= 0;
        if (!keyValue && !url)
        {
            return;
        }

        string pageText = text.ToString();
        if (keyValue)
        {
            foreach (Match match in KeyValuePassword().Matches(pageText))
            {
                Add(match.Groups["value"], 0.9, found);
            }
        }

        if (url)
        {
            foreach (Match match in UrlPassword().Matches(pageText))
            {
                Add(match.Groups["value"], 0.9, found);
            }
        }
    }

    private static void Add(Group value, double confidence, List<Finding> found)
    {
        ReadOnlySpan<char> raw = value.ValueSpan.TrimEnd();
        if (!PlaceholderValue.IsPlaceholder(raw))
        {
            found.Add(new Finding(value.Index, raw.Length, Type, confidence, MaskStyle.Secret));
        }
    }

    /// <summary>A <c>Password=</c> or <c>Pwd=</c> pair on a line that also names a server, host, data source or database.</summary>
    [GeneratedRegex(
        @"(?im)^(?=[^\r\n]*\b(?:server|host|data source|datasource|address|addr|database|initial catalog|dbname|uid|user id)\s*=)[^\r\n]*?\b(?:password|pwd)\s*=\s*(?<value>[^;""'\r\n]+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePassword();

    /// <summary><c>scheme://user:password@host</c>.</summary>
    [GeneratedRegex(@"(?i)\b[a-z][a-z0-9+.\-]{1,20}://[^:/@\s""'<>]{1,64}:(?<value>[^@/\s""'<>]{1,128})@[a-z0-9\[\]._\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();
}
