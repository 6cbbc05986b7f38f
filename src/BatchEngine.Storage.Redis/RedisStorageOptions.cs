namespace BatchEngine.Storage.Redis;

/// <summary>Settings of the Redis adapter, bound from configuration (for example the <c>BatchEngine:Redis</c> section).</summary>
public sealed class RedisStorageOptions
{
    /// <summary>A StackExchange.Redis connection string, for example <c>localhost:6379</c> or <c>redis.example:6380,ssl=true</c>.</summary>
    public string ConnectionString { get; set; } = "localhost:6379";

    /// <summary>Password, when not in the connection string (keep it in a secret store, not in appsettings.json).</summary>
    public string? Password { get; set; }

    /// <summary>Connect with TLS, when not in the connection string.</summary>
    public bool UseTls { get; set; }

    /// <summary>Prefix of every key, so several applications can share one Redis. Default <c>batchengine:</c>.</summary>
    public string KeyPrefix { get; set; } = "batchengine:";

    /// <summary>
    /// The Redis key expiry (TTL) of a finished job, its documents and its content. Null uses the engine's
    /// <see cref="BatchEngineOptions.JobRetention"/>, after which the engine's sweep deletes the job anyway.
    /// </summary>
    public TimeSpan? FinishedJobTtl { get; set; }

    /// <summary>The former name of <see cref="FinishedJobTtl"/>, kept so configuration key <c>BatchEngine:Redis:JobRetention</c> still binds.</summary>
    [Obsolete("Use FinishedJobTtl: JobRetention is the engine's sweep (BatchEngineOptions.JobRetention); this is the Redis key expiry.")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public TimeSpan? JobRetention
    {
        get => FinishedJobTtl;
        set => FinishedJobTtl = value;
    }

    /// <summary>
    /// How long uploaded content lives in Redis before its job is created. Creating the job clears it (the job's
    /// retention then applies), so this only removes content of uploads whose job never came (a failed upload,
    /// a host that died mid-upload). Zero or less keeps such content forever. Default 1 hour.
    /// </summary>
    public TimeSpan ContentOrphanTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest content kept in Redis itself, per document. Larger files go to <see cref="SharedContentRoot"/>. Default 16 MiB.</summary>
    public long MaxContentBytesInRedis { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// A folder every host can read (a network share), for files larger than <see cref="MaxContentBytesInRedis"/>.
    /// Null refuses such files with <see cref="ContentTooLargeException"/>.
    /// </summary>
    public string? SharedContentRoot { get; set; }

    /// <summary>
    /// A document whose host stopped renewing its claim for this long is taken over by another host. Hosts
    /// renew the claims they hold, so this bounds how long a crashed host's documents wait. Default 30 seconds.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest an idle host waits before it looks for work again. Idle hosts are woken by a pub/sub nudge
    /// when work is enqueued or given back, so this is only a fallback for a missed nudge. Default 5 seconds.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a worker's store call (start, progress, result, content) waits for an unreachable Redis before
    /// it gives up, so a short outage never fails a document. Default 1 minute.
    /// </summary>
    public TimeSpan OutageRetryTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries while Redis is unreachable. Default 5 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Documents a host reads ahead per worker, so workers never wait on the network. Default 1.</summary>
    public int PrefetchPerWorker { get; set; } = 1;

    /// <summary>
    /// How many times a document may be started (each host that died or stopped with it counts) before it
    /// fails with <c>PoisonedDocument</c> instead of being retried forever. Default 3.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>This host's name in the consumer group and in document records. Null uses machine name and process id.</summary>
    public string? ConsumerName { get; set; }
}
