namespace BatchEngine.Storage.TempFolder;

/// <summary>Ids become file names, so only letters, digits, '-' and '_' are allowed: no separators, no "..".</summary>
internal static class ContentIds
{
    private const int MaxLength = 64;

    public static string EnsureSafe(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, paramName);
        if (id.Length > MaxLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"'{paramName}' must be at most {MaxLength} letters, digits, '-' or '_'.", paramName);
        }

        return id;
    }
}
