using BatchEngine.Storage.Redis.Queue;

namespace BatchEngine.Storage.Redis.Connection;

/// <summary>
/// Retries a call through a Redis outage, with backoff, for at most the configured time. The engine treats
/// an exception from the store as the document's failure; a storage outage is not the file's fault, so the
/// calls a worker makes wait for Redis instead. Only safe for calls that are idempotent when repeated (the
/// transition scripts carry an operation id for this).
/// </summary>
internal sealed class OutageRetry(TimeSpan limit, TimeProvider timeProvider)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(2);

    public TimeSpan Limit { get; } = limit;

    public async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (RedisFaults.IsRedisFault(exception)
                && !cancellationToken.IsCancellationRequested
                && timeProvider.GetElapsedTime(started) + delay < Limit)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }
}
