namespace BatchEngine.Storage;

/// <summary>
/// Where uploaded bytes live between upload and processing. Content is keyed by job and document; a
/// document's bytes never go into the job record. The default keeps files in a private temp folder.
/// </summary>
public interface IDocumentContentStore
{
    /// <summary>
    /// Copies <paramref name="content"/> into the store as it streams in and returns the number of bytes stored.
    /// Throws <see cref="ContentTooLargeException"/> (and keeps nothing) when more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    Task<long> SaveAsync(string jobId, string docId, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens the stored content for reading. Throws <see cref="FileNotFoundException"/> when it is gone.</summary>
    Task<Stream> OpenReadAsync(string jobId, string docId, CancellationToken cancellationToken);

    /// <summary>Deletes one document's content; does nothing when it is gone already.</summary>
    Task DeleteDocumentAsync(string jobId, string docId, CancellationToken cancellationToken);

    /// <summary>Deletes every document's content of a job; does nothing when it is gone already.</summary>
    Task DeleteJobAsync(string jobId, CancellationToken cancellationToken);
}
