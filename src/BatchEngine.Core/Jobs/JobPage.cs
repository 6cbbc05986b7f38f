namespace BatchEngine.Jobs;

/// <summary>A page of jobs, newest first, with the number of jobs that matched the query in all.</summary>
/// <param name="Total">How many jobs matched, before paging.</param>
/// <param name="Jobs">The page, newest first.</param>
public sealed record JobPage(int Total, IReadOnlyList<JobRecord> Jobs);
