using System.Collections.Concurrent;
using BatchEngine.Storage.Redis.Connection;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// Which job a document belongs to. The engine names documents by id alone, but a document's keys carry its
/// job's hash tag (Redis Cluster), so the store must know the job first. This host learns it when it creates
/// a job or claims a document (the worker path never asks Redis); otherwise one GET of the document's
/// locator key answers it.
/// </summary>
internal sealed class DocumentLocator(RedisConnection connection)
{
    // Bounded: past this many, the cache starts again (a miss costs one GET).
    private const int MaxCached = 200_000;
    private readonly ConcurrentDictionary<string, string> _jobOf = new(StringComparer.Ordinal);

    public void Remember(string docId, string jobId)
    {
        if (_jobOf.Count >= MaxCached)
        {
            _jobOf.Clear();
        }

        _jobOf[docId] = jobId;
    }

    public bool TryGetCached(string docId, out string jobId) => _jobOf.TryGetValue(docId, out jobId!);

    public void Forget(string docId) => _jobOf.TryRemove(docId, out _);

    /// <summary>The document's job id, or null when the document is unknown.</summary>
    public async Task<string?> FindJobAsync(string docId, CancellationToken cancellationToken)
    {
        if (_jobOf.TryGetValue(docId, out var jobId))
        {
            return jobId;
        }

        var stored = await connection.Database.StringGetAsync(connection.Keys.DocumentJob(docId)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (stored.IsNull)
        {
            return null;
        }

        Remember(docId, stored!);
        return stored;
    }
}
