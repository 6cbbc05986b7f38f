using System.Diagnostics;
using System.Text;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Cli;

/// <summary>
/// The built tool (samples/BatchEngine.Cli's output for this configuration) run as a process with
/// <c>dotnet BatchEngine.Cli.dll</c>, its output captured line by line.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource _firstProgress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CliProcess(Process process) => _process = process;

    /// <summary>The tool's assembly: the test's own configuration folder (bin/Release/net10.0) mirrored under samples/.</summary>
    public static string ToolPath
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "samples", "BatchEngine.Cli", "bin", configuration, framework.Name, "BatchEngine.Cli.dll");
        }
    }

    public int Id => _process.Id;

    public static CliProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A plain, wide console: no colour codes in what the tests read, no wrapped table rows.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "240";
        var cli = new CliProcess(new Process { StartInfo = start });
        cli._process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (cli._output)
            {
                cli._output.AppendLine(line.Data);
            }

            if (line.Data.Contains("\"type\":\"progress\"", StringComparison.Ordinal))
            {
                cli._firstProgress.TrySetResult();
            }
        };
        cli._process.ErrorDataReceived += (_, line) =>
        {
            lock (cli._error)
            {
                cli._error.AppendLine(line.Data);
            }
        };
        cli._process.Start();
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var cli = Start(workingDirectory, arguments);
        var exitCode = await cli.WaitAsync();
        return (exitCode, cli.Output, cli.Error);
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Completes when the tool printed its first <c>--json</c> progress line.</summary>
    public Task FirstProgress => _firstProgress.Task.WaitAsync(Limit);

    /// <summary>
    /// Sends SIGTERM. The tool handles SIGINT (Ctrl+C) and SIGTERM with the same code; SIGTERM is sent here
    /// because a process started under the test host inherits SIGINT as ignored, and .NET leaves an
    /// inherited ignored SIGINT alone (as a shell's background job would).
    /// </summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"batchengine did not finish in {Limit}: {Output}{Error}");
        }

        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
