using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>
/// The sample host run as its own process (<c>dotnet BatchEngine.SampleHost.dll</c>) on Redis, configured by
/// environment variables alone, on a free loopback port. <see cref="Kill"/> is SIGKILL: no graceful stop.
/// </summary>
internal sealed class SampleHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private SampleHostProcess(Process process, string name, int port)
    {
        _process = process;
        Name = name;
        Http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}"), Timeout = TimeSpan.FromSeconds(100) };
    }

    /// <summary>The host's consumer name, also written into each document it starts (field <c>host</c>).</summary>
    public string Name { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<SampleHostProcess> StartAsync(string redisConnection, string prefix, string name, int workers, IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = RedisServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(SampleHostBuild.Dll)!,
        };
        start.ArgumentList.Add(SampleHostBuild.Dll);
        var environment = new Dictionary<string, string>
        {
            ["Port"] = port.ToString(),
            ["BatchEngine__Store"] = "Redis",
            ["BatchEngine__WorkerCount"] = workers.ToString(),
            ["BatchEngine__Redis__ConnectionString"] = redisConnection,
            ["BatchEngine__Redis__KeyPrefix"] = prefix,
            ["BatchEngine__Redis__ConsumerName"] = name,
            ["BatchEngine__Redis__VisibilityTimeout"] = "00:00:03",
            ["BatchEngine__Redis__MaxRetryDelay"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The sample host did not start.");
        var host = new SampleHostProcess(process, name, port);
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilServingAsync();
        return host;
    }

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string RecentLog()
    {
        lock (_log)
        {
            return string.Join(Environment.NewLine, _log.TakeLast(40));
        }
    }

    /// <summary>Uploads the files as one batch; returns the job id.</summary>
    public async Task<string> UploadAsync(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        using var response = await Http.PostAsync("/batch/upload", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Upload failed: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(files.Count, json.RootElement.GetProperty("total_files").GetInt32());
        return json.RootElement.GetProperty("job_id").GetString()!;
    }

    /// <summary>GET /status/{job_id} as JSON.</summary>
    public async Task<JobStatusView> StatusAsync(string jobId)
    {
        var body = await Http.GetStringAsync($"/status/{jobId}");
        return JobStatusView.Parse(body);
    }

    /// <summary>GET /health's status code (200 healthy, 503 unhealthy).</summary>
    public async Task<int> HealthAsync()
    {
        using var response = await Http.GetAsync("/health");
        return (int)response.StatusCode;
    }

    /// <summary>SIGKILL: the process ends at once, mid-document, without any cleanup.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        Http.Dispose();
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The sample host exited with {_process.ExitCode}:{Environment.NewLine}{RecentLog()}");
            }

            try
            {
                if (await HealthAsync() == 200)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The sample host did not become healthy:{Environment.NewLine}{RecentLog()}");
            }

            await Task.Delay(200);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }
    }
}
