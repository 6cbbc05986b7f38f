namespace BatchEngine.Storage;

/// <summary>
/// The rule for job and document ids that a content store turns into file or folder names: at most
/// <see cref="MaxLength"/> ASCII letters, digits, '-' or '_', so an id holds no separator and no "..",
/// and a crafted id cannot leave the store's root.
/// </summary>
public static class ContentIds
{
    /// <summary>The longest id allowed (the engine's own ids are 36 characters).</summary>
    public const int MaxLength = 64;

    /// <summary>Returns <paramref name="id"/> when it keeps the rule; throws <see cref="ArgumentException"/> otherwise.</summary>
    /// <param name="id">The job or document id.</param>
    /// <param name="paramName">The caller's parameter name, reported in the exception.</param>
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
