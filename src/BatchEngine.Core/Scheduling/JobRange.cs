namespace BatchEngine.Scheduling;

/// <summary>
/// A job's documents as a range of indices into its <see cref="JobWork.DocIds"/> list. A worker claims the
/// next index with one <see cref="Interlocked.Increment(ref int)"/>, so each index goes to exactly one worker
/// and scheduling N documents costs the same as scheduling one.
/// </summary>
internal sealed class JobRange(JobWork work)
{
    private readonly IReadOnlyList<string> _docIds = work.DocIds;
    private readonly IReadOnlyList<string?>? _mediaTypes = work.MediaTypes?.Count == work.DocIds.Count ? work.MediaTypes : null;
    private int _claimed;
    private volatile bool _cancelled;

    public string JobId { get; } = work.JobId;

    public int Priority { get; } = work.Priority;

    public int Count { get; } = work.DocIds.Count;

    /// <summary>True when no document is left to hand out (all claimed, or the job was cancelled).</summary>
    public bool IsDrained => _cancelled || Volatile.Read(ref _claimed) >= Count;

    /// <summary>Claims the next document; <paramref name="mediaType"/> is its type sniffed at submit, when the job carries it.</summary>
    public bool TryClaim(out string docId, out string? mediaType)
    {
        // The read first keeps the counter from climbing forever once the range is used up.
        if (!IsDrained)
        {
            var index = Interlocked.Increment(ref _claimed) - 1;
            if (index < Count)
            {
                docId = _docIds[index];
                mediaType = _mediaTypes?[index];
                return true;
            }
        }

        docId = string.Empty;
        mediaType = null;
        return false;
    }

    /// <summary>Stops handing out documents; a claim already made stands (the store decides whether it starts).</summary>
    public void Cancel() => _cancelled = true;
}
