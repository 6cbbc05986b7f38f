using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Password hashes by shape (<c>Secret:PasswordHash</c>): crypt(3) strings (<c>$1$</c> MD5, <c>$2b$</c> bcrypt,
/// <c>$5$</c>/<c>$6$</c> SHA-crypt, <c>$y$</c> yescrypt, <c>$apr1$</c>, <c>$argon2id$</c>, PBKDF2 and scrypt forms)
/// wherever they stand, and <c>/etc/passwd</c> or <c>/etc/shadow</c> lines (<c>user:HASH:...</c>) whose second field
/// holds a hash, including the 13-character DES form that only the line's shape tells from a word. Lines whose
/// second field is <c>x</c>, <c>*</c> or <c>!</c> hold no hash and are not reported. A hash is not the password, but
/// it can be cracked offline, so a file of them is a credential file.
/// </summary>
internal sealed partial class PasswordHashFinder : IFinder
{
    public const string Type = "Secret:PasswordHash";

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        if (text.IndexOf('$') < 0 && text.IndexOf(':') < 0)
        {
            return;
        }

        int before = found.Count;
        foreach (ValueMatch match in AccountLine().EnumerateMatches(text))
        {
            ReadOnlySpan<char> line = text.Slice(match.Index, match.Length);
            int hashStart = line.IndexOf(':') + 1;
            int hashLength = line[hashStart..].IndexOf(':');
            found.Add(new Finding(match.Index + hashStart, hashLength, Type, 0.95, MaskStyle.Secret));
        }

        foreach (ValueMatch match in CryptHash().EnumerateMatches(text))
        {
            if (!Overlaps(found, before, match.Index))
            {
                found.Add(new Finding(match.Index, match.Length, Type, 0.9, MaskStyle.Secret));
            }
        }
    }

    private static bool Overlaps(List<Finding> found, int from, int start)
    {
        for (int i = from; i < found.Count; i++)
        {
            if (start >= found[i].Start && start < found[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A passwd/shadow line: login name, a hash (crypt form or 13-character DES), then a numeric field or an empty one.</summary>
    [GeneratedRegex(@"(?m)^[a-z_][a-z0-9_.-]{0,31}:(?:\$[0-9a-z-]{1,12}\$[./A-Za-z0-9$=,+-]{8,}|[./0-9A-Za-z]{13}):(?=[0-9]*:)", RegexOptions.CultureInvariant)]
    private static partial Regex AccountLine();

    /// <summary>A crypt(3) hash with a known scheme id, not inside a longer word.</summary>
    [GeneratedRegex(@"(?<![\w$])\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)|pbkdf2(?:-sha(?:1|256|512))?|scrypt)\$[./A-Za-z0-9$=,+-]{16,}", RegexOptions.CultureInvariant)]
    private static partial Regex CryptHash();
}
