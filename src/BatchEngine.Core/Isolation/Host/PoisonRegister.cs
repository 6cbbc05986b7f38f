using System.Collections.Concurrent;

namespace BatchEngine.Isolation.Host;

/// <summary>
/// Remembers, by content hash, how many reader processes each document has killed (crash, memory cap,
/// garbage output; not timeouts), so that a poison file is not read a third time, in this read or when it
/// is submitted again.
/// </summary>
internal sealed class PoisonRegister
{
    /// <summary>Kills after which a document is never sent to a reader process again.</summary>
    public const int KillsToPoison = 2;

    // Bounded so that a flood of distinct hostile files cannot grow the host's memory without end.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, int> _kills = new(StringComparer.Ordinal);

    /// <summary>True while no document has killed a process.</summary>
    public bool IsEmpty => _kills.IsEmpty;

    public bool IsPoisoned(string key) => _kills.TryGetValue(key, out var kills) && kills >= KillsToPoison;

    /// <summary>Counts one more kill; returns the document's total.</summary>
    public int RecordKill(string key)
    {
        if (_kills.Count >= MaxRemembered)
        {
            _kills.Clear();
        }

        return _kills.AddOrUpdate(key, 1, (_, kills) => kills + 1);
    }
}
