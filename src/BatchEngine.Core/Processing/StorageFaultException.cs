namespace BatchEngine.Processing;

/// <summary>
/// A job-store or content-store call made during a document's run failed (an outage, a timeout): the document
/// is not at fault, so it goes back to pending instead of being failed. Wraps the store's own exception.
/// </summary>
internal sealed class StorageFaultException(Exception? inner = null) : Exception("The job store or content store failed during the document's run.", inner)
{
    /// <summary>
    /// Runs a store call, turning its failure into a storage fault; not the run's own cancellation, and not
    /// content that is gone (a file store's answer that this document can never be read, so it fails).
    /// </summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            && e is not (StorageFaultException or FileNotFoundException or DirectoryNotFoundException))
        {
            throw new StorageFaultException(e);
        }
    }

    /// <summary>
    /// The storage fault <paramref name="exception"/> is or wraps (an AggregateException's InnerException is its
    /// first); null when it is not one.
    /// </summary>
    public static StorageFaultException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageFaultException fault)
            {
                return fault;
            }
        }

        return null;
    }
}
