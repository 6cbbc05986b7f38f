using BatchEngine.Jobs;

namespace BatchEngine.Batches;

/// <summary>Decides whether a watcher has something new to see: status, counters or any document's progress.</summary>
internal static class JobSnapshotChanges
{
    public static bool HasChanged(JobSnapshot? previous, JobSnapshot current)
    {
        if (previous is null)
        {
            return true;
        }

        var (a, b) = (previous.Job, current.Job);
        if (a.Status != b.Status || a.Progress != b.Progress || a.Completed != b.Completed || a.Failed != b.Failed
            || a.Cancelled != b.Cancelled || a.TotalFiles != b.TotalFiles || previous.Documents.Count != current.Documents.Count)
        {
            return true;
        }

        for (var i = 0; i < current.Documents.Count; i++)
        {
            var (x, y) = (previous.Documents[i], current.Documents[i]);
            if (x.DocId != y.DocId || x.Status != y.Status || x.Progress != y.Progress)
            {
                return true;
            }
        }

        return false;
    }
}
