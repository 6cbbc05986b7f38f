namespace BatchEngine.Tests.Hosts;

using BatchEngine.Tests.Infrastructure;

/// <summary>What "the job finished and every document was counted once" means, checked the same way by every host test.</summary>
internal static class HostAssertions
{
    public static async Task<JobStatusView> WaitUntilFinishedAsync(SampleHostProcess host, string jobId, TimeSpan timeout) =>
        await Eventually.HoldsAsync(() => host.StatusAsync(jobId), s => s.IsTerminal, $"job {jobId} finishes ({host.RecentLog()})", timeout);

    public static void EveryDocumentTerminalAndCountedOnce(JobStatusView status, int uploaded)
    {
        Assert.Equal(uploaded, status.TotalFiles);
        Assert.Equal(uploaded, status.Documents.Count);
        Assert.Equal(uploaded, status.Documents.Select(d => d.DocId).Distinct().Count());
        Assert.All(status.Documents, d => Assert.Contains(d.Status, new[] { "completed", "failed" }));
        Assert.Equal(status.Documents.Count(d => d.Status == "completed"), status.Completed);
        Assert.Equal(status.Documents.Count(d => d.Status == "failed"), status.Failed);
        Assert.Equal(uploaded, status.Completed + status.Failed);
        Assert.Equal(status.Failed == uploaded ? "failed" : "completed", status.Status);
        // A storage fault must never be what ended a document: a Redis hiccup is retried, not blamed on the file.
        Assert.DoesNotContain(status.Documents, d => d.Error?.Contains("Redis", StringComparison.OrdinalIgnoreCase) == true);
    }
}
