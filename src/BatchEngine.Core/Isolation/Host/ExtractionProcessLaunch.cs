using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BatchEngine.Isolation.Child;
using BatchEngine.Isolation.Protocol;

namespace BatchEngine.Isolation.Host;

/// <summary>How to start an extraction process: the dotnet host, the generated runtimeconfig and BatchEngine.Core.dll itself.</summary>
internal sealed class ExtractionProcessLaunch : IDisposable
{
    private readonly string _dotnet;
    private readonly string _runtimeConfig;
    private readonly string _childAssembly;
    private readonly long _memoryLimitBytes;
    private readonly bool _allowFaultInjection;

    private ExtractionProcessLaunch(string dotnet, string runtimeConfig, string childAssembly, long memoryLimitBytes, bool allowFaultInjection)
    {
        (_dotnet, _runtimeConfig, _childAssembly) = (dotnet, runtimeConfig, childAssembly);
        (_memoryLimitBytes, _allowFaultInjection) = (memoryLimitBytes, allowFaultInjection);
    }

    public static ExtractionProcessLaunch Create(ExtractionSettings settings)
    {
        var childAssembly = typeof(ExtractionProcessProgram).Assembly.Location;
        if (string.IsNullOrEmpty(childAssembly) || !File.Exists(childAssembly))
        {
            throw new InvalidOperationException(
                "Isolated extraction starts BatchEngine.Core.dll as a child process, but the assembly is not a file on disk "
                + "(single-file or in-memory load). Publish without single-file, or set BatchEngineOptions.Isolation.Enabled = false for trusted input.");
        }

        var dotnet = FindDotnetHost();
        return new ExtractionProcessLaunch(dotnet, ExtractionProcessRuntimeConfig.WriteFile(settings.RuntimeConfigFolder), childAssembly, settings.MemoryLimitBytes, settings.AllowFaultInjection);
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
            WorkingDirectory = Path.GetDirectoryName(_childAssembly)!,
        };
        foreach (var argument in new[] { "exec", "--runtimeconfig", _runtimeConfig, _childAssembly, ExtractionProcessProgram.ProcessSwitch, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        // The GC heap hard limit makes a bloating document fail with OutOfMemoryException inside the child.
        start.Environment["DOTNET_GCHeapHardLimit"] = _memoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        start.Environment[ExtractionProcessEnvironment.FaultInjectionVariable] = _allowFaultInjection ? "1" : "0";
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
                $"Isolated extraction needs the dotnet host to start its child processes and found none near the runtime at {runtimeDirectory}. "
                + "A self-contained app has none: set BatchEngineOptions.Isolation.Enabled = false for trusted input.");
    }
}
