using BatchEngine.Storage.Redis.Connection;
using StackExchange.Redis;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>Reads a job's document hashes straight from Redis: status, the host that last started it, attempts.</summary>
internal static class StoredDocuments
{
    public sealed record Stored(string DocId, string Status, string? Host, int Attempts);

    public static async Task<IReadOnlyList<Stored>> ReadAsync(RedisServer server, string prefix, string jobId)
    {
        await using var connection = await server.ConnectAsync();
        var db = connection.GetDatabase();
        var keys = new RedisKeys(prefix);
        var ids = await db.ListRangeAsync(keys.JobDocuments(jobId));
        var rows = await Task.WhenAll(ids.Select(id => db.HashGetAsync(keys.Document(jobId, id!), ["status", "host", "attempts"])));
        return ids.Zip(rows, (id, r) => new Stored(id!, r[0]!, r[1].IsNull ? null : (string?)r[1], r[2].IsNull ? 0 : (int)r[2])).ToList();
    }
}
