namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>How the benchmark's documents are grouped into jobs.</summary>
public enum BatchShape
{
    /// <summary>One job holding every document.</summary>
    OneBigJob,

    /// <summary>Jobs of 100 documents each (1,000 of them for 100,000 documents).</summary>
    JobsOf100,
}
