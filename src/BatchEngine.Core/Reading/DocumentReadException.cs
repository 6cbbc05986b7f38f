namespace BatchEngine.Reading;

/// <summary>
/// A document could not be read: it is encrypted, damaged, truncated or not in the format its first bytes
/// promised. The message says which in plain words and never contains the document's text.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception with a plain-words message.</summary>
    public DocumentReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a plain-words message and the parser's own error.</summary>
    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
