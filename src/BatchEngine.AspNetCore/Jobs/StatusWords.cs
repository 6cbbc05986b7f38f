using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Jobs;

/// <summary>The job status words as JSON writes them (<c>pending</c>, <c>processing</c>, ...).</summary>
internal static class StatusWords
{
    private static readonly Dictionary<string, JobStatus> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = JobStatus.Pending,
        ["processing"] = JobStatus.Processing,
        ["completed"] = JobStatus.Completed,
        ["failed"] = JobStatus.Failed,
        ["cancelled"] = JobStatus.Cancelled,
    };

    public static IEnumerable<string> JobStatuses => Words.Keys;

    public static JobStatus? ParseJobStatus(string word) => Words.TryGetValue(word, out var status) ? status : null;

    public static string Of(JobStatus status) => Words.First(pair => pair.Value == status).Key;
}
