namespace BatchEngine.Scheduling;

/// <summary>
/// Where the next claim starts among the jobs of one priority: every claim advances it by one atomically,
/// so consecutive claims land on consecutive jobs and a small job is never stuck behind a big one.
/// </summary>
internal sealed class RoundRobinJobCursor
{
    private int _position;

    /// <summary>The start index for the next claim, in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)((uint)Interlocked.Increment(ref _position) % (uint)count);
}
