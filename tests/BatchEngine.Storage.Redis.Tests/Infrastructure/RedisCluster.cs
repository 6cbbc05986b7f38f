using System.Diagnostics;
using StackExchange.Redis;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>
/// A real three-node Redis Cluster on loopback ports: three <c>redis-server --cluster-enabled yes</c> (no
/// persistence, config files in a temporary folder), joined by <c>redis-cli --cluster create</c> with no
/// replicas. Stopped and its folder removed on dispose.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private readonly List<Process> _nodes = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("batchengine-cluster-").FullName;
    private readonly List<int> _ports = [];

    public string ConnectionString => string.Join(",", _ports.Select(p => $"127.0.0.1:{p}"));

    public static async Task<RedisCluster> StartAsync()
    {
        var cluster = new RedisCluster();
        for (var i = 0; i < 3; i++)
        {
            var port = RedisServer.FreePort();
            cluster._ports.Add(port);
            cluster._nodes.Add(Start("redis-server", [
                "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--cluster-enabled", "yes", "--cluster-config-file", Path.Combine(cluster._folder, $"nodes-{port}.conf"),
                "--dir", cluster._folder]));
        }

        foreach (var port in cluster._ports)
        {
            await WaitAsync(() => Run("redis-cli", ["-p", port.ToString(), "ping"]).Contains("PONG", StringComparison.Ordinal), $"node {port} answers");
        }

        var create = Run("redis-cli", ["--cluster", "create", .. cluster._ports.Select(p => $"127.0.0.1:{p}"), "--cluster-replicas", "0", "--cluster-yes"]);
        if (!create.Contains("All 16384 slots covered", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("redis-cli --cluster create failed: " + create);
        }

        foreach (var port in cluster._ports)
        {
            await WaitAsync(() => Run("redis-cli", ["-p", port.ToString(), "cluster", "info"]).Contains("cluster_state:ok", StringComparison.Ordinal), $"node {port} sees the cluster ok");
        }

        return cluster;
    }

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Where(n => !n.HasExited))
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }

        _nodes.ForEach(n => n.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private static Process Start(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return output.Result + error.Result;
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>One three-node cluster for the cluster tests.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    private RedisCluster? _cluster;

    public RedisCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _cluster = await RedisCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "redis-cluster";
}
