using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>Which exceptions mean "Redis is unreachable or refused the command" (retry later), as opposed to a bug.</summary>
internal static class RedisFaults
{
    public static bool IsRedisFault(Exception exception) =>
        exception is RedisException or TimeoutException or ObjectDisposedException;
}
