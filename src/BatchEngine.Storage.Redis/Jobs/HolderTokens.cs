using System.Collections.Concurrent;

namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// The holder token of every document this host claimed: the store sends it with each transition of the
/// document, and Redis refuses the transition once another claim replaced it. A token is kept a while after
/// its run ended, so a late call of that run (abandoned work) is still sent as the stale holder and refused,
/// rather than as a caller that holds nothing.
/// </summary>
internal sealed class HolderTokens
{
    // Ended tokens kept for late calls; past this many the oldest go.
    private const int MaxEnded = 10_000;
    private readonly ConcurrentDictionary<string, string> _tokenOf = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<KeyValuePair<string, string>> _ended = new();

    public void Hold(string docId, string token) => _tokenOf[docId] = token;

    /// <summary>The token this host holds (or held last) for the document; empty when it never claimed it.</summary>
    public string TokenOf(string docId) => _tokenOf.TryGetValue(docId, out var token) ? token : string.Empty;

    public bool TryGet(string docId, out string token) => _tokenOf.TryGetValue(docId, out token!);

    /// <summary>The run under this token is over; the token is forgotten later (unless a new claim replaced it first).</summary>
    public void End(string docId, string token)
    {
        _ended.Enqueue(new(docId, token));
        while (_ended.Count > MaxEnded && _ended.TryDequeue(out var oldest))
        {
            _tokenOf.TryRemove(oldest);
        }
    }
}
