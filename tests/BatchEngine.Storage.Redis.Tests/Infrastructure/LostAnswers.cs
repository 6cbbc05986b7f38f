using BatchEngine.DependencyInjection;
using BatchEngine.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>
/// Loses a script's answer for real: the server pauses writes, so a script sent now waits on the server past
/// the client's short timeout, the store retries it with the same operation id, and both run when the pause ends.
/// </summary>
internal static class LostAnswers
{
    /// <summary>An engine on Redis whose client gives up on an answer after 300 ms (the pause lasts longer).</summary>
    public static ServiceProvider Engine(RedisServerFixture fixture)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine(o => o.JobRetention = null).AddRedis(o =>
        {
            o.ConnectionString = fixture.Server.ConnectionString + ",asyncTimeout=300";
            o.KeyPrefix = RedisServerFixture.UniquePrefix();
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Pauses every client's writes for 1.5 s, from a connection of its own.</summary>
    public static async Task PauseWritesAsync(RedisServerFixture fixture)
    {
        await using var admin = await fixture.Server.ConnectAsync();
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", 1500, "WRITE");
    }
}
