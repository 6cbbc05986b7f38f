using BatchEngine.Jobs;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Tests.Infrastructure;
using StackExchange.Redis;

namespace BatchEngine.Tests.Storage;

/// <summary>
/// The job status the Lua scripts derive is <see cref="JobStatusRules.Derive"/>'s: the scripts' one copy of the rule
/// (<c>JobScripts.StatusDerivation</c>) runs on a real redis-server for every way of splitting up to four documents
/// between the five document statuses, with and without a cancel and a job error.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class JobStatusDerivationTests(RedisServerFixture fixture)
{
    private const string Probe = JobScripts.StatusDerivation + """
        return job_status(tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6] == '1', ARGV[7] == '1')
        """;

    [Fact]
    public async Task The_lua_derivation_answers_what_JobStatusRules_answers_for_every_combination_of_counts()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(fixture.Server.ConnectionString);
        var redis = connection.GetDatabase();
        var checkedCases = 0;
        var mismatches = new List<string>();
        foreach (var (total, pending, completed, failed, cancelled) in Splits(maxTotal: 4))
        {
            foreach (var cancelRequested in new[] { false, true })
            {
                foreach (var jobError in new[] { null, "DocumentTimeout: the job ran over its limit." })
                {
                    var expected = JobStatusRules.Derive(total, pending, completed, failed, cancelled, cancelRequested, jobError).Status;
                    var lua = (string?)await redis.ScriptEvaluateAsync(Probe, values:
                        [total, pending, completed, failed, cancelled, cancelRequested ? "1" : "0", jobError is null ? "0" : "1"]);
                    checkedCases++;
                    if (!string.Equals(lua, expected.ToString(), StringComparison.OrdinalIgnoreCase))
                    {
                        mismatches.Add($"total {total}, pending {pending}, completed {completed}, failed {failed}, cancelled {cancelled}, cancel {cancelRequested}, error {jobError is not null}: Lua {lua}, rules {expected}");
                    }
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(504, checkedCases); // 126 splits of 0-4 documents over five statuses, x 2 x 2
    }

    // Every (total, pending, completed, failed, cancelled) with processing = total - the rest >= 0.
    private static IEnumerable<(int Total, int Pending, int Completed, int Failed, int Cancelled)> Splits(int maxTotal)
    {
        for (var total = 0; total <= maxTotal; total++)
        {
            for (var pending = 0; pending <= total; pending++)
            {
                for (var completed = 0; pending + completed <= total; completed++)
                {
                    for (var failed = 0; pending + completed + failed <= total; failed++)
                    {
                        for (var cancelled = 0; pending + completed + failed + cancelled <= total; cancelled++)
                        {
                            yield return (total, pending, completed, failed, cancelled);
                        }
                    }
                }
            }
        }
    }
}
