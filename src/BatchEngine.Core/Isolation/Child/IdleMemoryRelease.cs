namespace BatchEngine.Isolation.Child;

/// <summary>
/// Gives a child's memory back to the system after a large document. Workstation GC keeps the segments a big PDF
/// grew to, so four idle children would each hold their largest document's peak; one aggressive, compacting
/// collection after such a document (never after small ones, which cost nothing to keep) brings the process back
/// near its warm size while it waits for the next request.
/// </summary>
internal static class IdleMemoryRelease
{
    // A warm child is about 60-70 MB; above this it is holding what a large document left behind.
    internal const long WorkingSetThresholdBytes = 120L << 20;

    /// <summary>Collects and decommits when the working set is over the threshold; true when it did.</summary>
    public static bool ReleaseIfLarge(long thresholdBytes = WorkingSetThresholdBytes)
    {
        if (Environment.WorkingSet <= thresholdBytes)
        {
            return false;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
