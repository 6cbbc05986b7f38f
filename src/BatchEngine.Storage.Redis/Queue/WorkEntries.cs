using BatchEngine.Scheduling;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>The shape of one stream entry: a document of a job. The entry id is the item's receipt.</summary>
internal static class WorkEntries
{
    private const string JobField = "job";
    private const string DocField = "doc";

    public static NameValueEntry[] Fields(string jobId, string docId) => [new(JobField, jobId), new(DocField, docId)];

    /// <summary>The work item of an entry, or false for an entry that is not one of ours (it is acknowledged and dropped).</summary>
    public static bool TryRead(StreamEntry entry, out WorkItem item)
    {
        var jobId = entry[JobField];
        var docId = entry[DocField];
        if (entry.IsNull || jobId.IsNullOrEmpty || docId.IsNullOrEmpty)
        {
            item = default;
            return false;
        }

        item = new WorkItem(jobId!, docId!, entry.Id!);
        return true;
    }
}
