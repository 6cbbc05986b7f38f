using System.Collections.Concurrent;

namespace BatchEngine.Processing;

/// <summary>
/// The documents this process is working on right now, each with a token that stops it when its job is
/// cancelled or deleted (or the document itself is deleted). At most one entry per worker.
/// </summary>
internal sealed class RunningDocuments
{
    private readonly ConcurrentDictionary<string, Entry> _byDocId = new(StringComparer.Ordinal);

    public int Count => _byDocId.Count;

    public Entry Register(string jobId, string docId)
    {
        var entry = new Entry(this, jobId, docId);
        _byDocId[docId] = entry;
        return entry;
    }

    /// <summary>Stops every running document of the job; returns how many were running.</summary>
    public int CancelJob(string jobId)
    {
        var cancelled = 0;
        foreach (var entry in _byDocId.Values)
        {
            if (string.Equals(entry.JobId, jobId, StringComparison.Ordinal))
            {
                entry.Cancel();
                cancelled++;
            }
        }

        return cancelled;
    }

    public bool CancelDocument(string docId)
    {
        if (!_byDocId.TryGetValue(docId, out var entry))
        {
            return false;
        }

        entry.Cancel();
        return true;
    }

    /// <summary>One running document. Dispose it when the document is done.</summary>
    internal sealed class Entry(RunningDocuments owner, string jobId, string docId) : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();

        public string JobId { get; } = jobId;

        public string DocId { get; } = docId;

        /// <summary>Fires when the document's job (or the document) is cancelled or deleted.</summary>
        public CancellationToken Token => _stop.Token;

        public void Cancel()
        {
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The document finished in the meantime.
            }
        }

        public void Dispose()
        {
            owner._byDocId.TryRemove(new KeyValuePair<string, Entry>(DocId, this));
            _stop.Dispose();
        }
    }
}
