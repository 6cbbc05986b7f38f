using System.Text;

namespace BatchEngine.Batches;

/// <summary>
/// Makes a user's file name safe to display and store as text (it is never used as a path): keeps the last
/// path segment (after '/' or '\'), drops control and bidirectional-override characters, trims, caps the
/// length at <see cref="MaxLength"/> UTF-16 chars without splitting a surrogate pair, and falls back to
/// <see cref="FallbackName"/> when nothing is left.
/// </summary>
public static class FileNameCleaner
{
    /// <summary>The longest cleaned name, in UTF-16 chars.</summary>
    public const int MaxLength = 255;

    /// <summary>The name given when nothing of the user's name is left.</summary>
    public const string FallbackName = "document";

    /// <summary>The cleaned form of <paramref name="fileName"/>; never empty.</summary>
    public static string Clean(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return FallbackName;
        }

        var lastSeparator = fileName.AsSpan().LastIndexOfAny('/', '\\');
        var leaf = fileName.AsSpan(lastSeparator + 1);

        var kept = new StringBuilder(Math.Min(leaf.Length, MaxLength + 1));
        foreach (var c in leaf)
        {
            if (!char.IsControl(c) && !IsBidiControl(c))
            {
                kept.Append(c);
            }
        }

        var name = kept.ToString().Trim();
        if (name.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = name[..cut].TrimEnd();
        }

        // "." and ".." (or any run of dots) name a directory, not a file.
        return name.Length == 0 || name.AsSpan().IndexOfAnyExcept('.') < 0 ? FallbackName : name;
    }

    // Right-to-left overrides can make "gpj.exe" display as "exe.jpg"; zero-width joiners stay (emoji need them).
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
