using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Connection;

/// <summary>
/// The one multiplexer of this host. It connects lazily and never aborts on a failed connect, so the host
/// starts (and keeps running) while Redis is down; commands fail fast and the callers retry.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<RedisStorageOptions> options)
    {
        var settings = options.Value;
        Keys = new RedisKeys(settings.KeyPrefix);
        ConsumerName = string.IsNullOrWhiteSpace(settings.ConsumerName)
            ? $"{Environment.MachineName}-{Environment.ProcessId}"
            : settings.ConsumerName;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(BuildConfiguration(settings)));
    }

    public RedisKeys Keys { get; }

    /// <summary>This host's name in the consumer group and in the documents it starts.</summary>
    public string ConsumerName { get; }

    public IDatabase Database => _multiplexer.Value.GetDatabase();

    /// <summary>The multiplexer itself (tests attach a profiler to count round trips).</summary>
    internal ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public ISubscriber Subscriber => _multiplexer.Value.GetSubscriber();

    public bool IsConnected => _multiplexer.IsValueCreated && _multiplexer.Value.IsConnected;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }

    internal static ConfigurationOptions BuildConfiguration(RedisStorageOptions settings)
    {
        var configuration = ConfigurationOptions.Parse(settings.ConnectionString);
        configuration.AbortOnConnectFail = false;
        // Fail fast while Redis is unreachable: the callers retry with backoff instead of piling up work.
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 5000);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 5000);
        if (!string.IsNullOrEmpty(settings.Password))
        {
            configuration.Password = settings.Password;
        }

        if (settings.UseTls)
        {
            configuration.Ssl = true;
        }

        return configuration;
    }
}
