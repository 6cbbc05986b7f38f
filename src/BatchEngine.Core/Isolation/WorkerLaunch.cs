using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace BatchEngine.Isolation;

/// <summary>How to start an extraction worker: the dotnet host, the generated runtimeconfig and BatchEngine.Core.dll itself.</summary>
internal sealed class WorkerLaunch : IDisposable
{
    private readonly string _dotnet;
    private readonly string _runtimeConfig;
    private readonly string _workerAssembly;
    private readonly long _memoryLimitBytes;
    private readonly bool _allowFaultInjection;

    private WorkerLaunch(string dotnet, string runtimeConfig, string workerAssembly, long memoryLimitBytes, bool allowFaultInjection)
    {
        (_dotnet, _runtimeConfig, _workerAssembly) = (dotnet, runtimeConfig, workerAssembly);
        (_memoryLimitBytes, _allowFaultInjection) = (memoryLimitBytes, allowFaultInjection);
    }

    public static WorkerLaunch Create(ExtractionSettings settings)
    {
        var workerAssembly = typeof(ExtractionWorkerProgram).Assembly.Location;
        if (string.IsNullOrEmpty(workerAssembly) || !File.Exists(workerAssembly))
        {
            throw new InvalidOperationException(
                "Isolated extraction starts BatchEngine.Core.dll as a child process, but the assembly is not a file on disk "
                + "(single-file or in-memory load). Publish without single-file, or set BatchEngineOptions.Isolation.Enabled = false for trusted input.");
        }

        var dotnet = FindDotnetHost();
        return new WorkerLaunch(dotnet, WorkerRuntimeConfig.WriteFile(settings.RuntimeConfigFolder), workerAssembly, settings.MemoryLimitBytes, settings.AllowFaultInjection);
    }

    /// <summary>The runtimeconfig file this launch wrote.</summary>
    public string RuntimeConfigPath => _runtimeConfig;

    /// <summary>Deletes the runtimeconfig (children read it when they start, so running ones are not affected).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_runtimeConfig);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: it sits in the user's private folder.
        }
    }

    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(_dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = Path.GetDirectoryName(_workerAssembly)!,
        };
        foreach (var argument in new[] { "exec", "--runtimeconfig", _runtimeConfig, _workerAssembly, ExtractionWorkerProgram.WorkerSwitch, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        // The GC heap hard limit makes a bloating document fail with OutOfMemoryException inside the child.
        start.Environment["DOTNET_GCHeapHardLimit"] = _memoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        start.Environment[WorkerEnvironment.FaultInjectionVariable] = _allowFaultInjection ? "1" : "0";
        return start;
    }

    // The runtime this host runs on lives at <root>/shared/Microsoft.NETCore.App/<version>/; the dotnet host is <root>/dotnet.
    private static string FindDotnetHost()
    {
        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var candidates = new[]
        {
            Path.Combine(root, executable),
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Path.GetFileName(Environment.ProcessPath) == executable ? Environment.ProcessPath : null,
        };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"Isolated extraction needs the dotnet host to start its worker and found none near the runtime at {runtimeDirectory}. "
                + "A self-contained app has none: set BatchEngineOptions.Isolation.Enabled = false for trusted input.");
    }
}
