using BatchEngine.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Jobs;

/// <summary>
/// The query string of <c>GET /jobs</c> (<c>status</c>, <c>limit</c>, <c>offset</c>), parsed here so a bad value
/// answers a problem naming the parameter instead of the framework's bare 400.
/// </summary>
internal static class JobListQuery
{
    public const int DefaultLimit = 100;

    public static JobQuery? TryParse(string? status, string? limit, string? offset, int maxLimit, out string? error)
    {
        error = null;
        JobStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            parsedStatus = WireWords.ParseJobStatus(status);
            if (parsedStatus is null)
            {
                error = $"Unknown status '{status}'. Use one of: {string.Join(", ", WireWords.Statuses)}.";
                return null;
            }
        }

        if (!PagingQuery.TryParse(limit, offset, DefaultLimit, maxLimit, out var parsedLimit, out var parsedOffset, out error))
        {
            return null;
        }

        return new JobQuery { Status = parsedStatus, Limit = Math.Min(parsedLimit, maxLimit), Offset = parsedOffset };
    }
}
