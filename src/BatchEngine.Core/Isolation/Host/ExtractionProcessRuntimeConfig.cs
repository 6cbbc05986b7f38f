using System.Text.RegularExpressions;
using BatchEngine.Storage.TempFolder;

namespace BatchEngine.Isolation.Host;

/// <summary>
/// Writes the runtimeconfig the child is started with. It names exactly the shared frameworks this host
/// runs on (read from the host's own deps files), so the child finds every assembly the host found,
/// including ASP.NET Core's copies of the Microsoft.Extensions libraries in a web app.
/// The file is this process's own: written new (<see cref="FileMode.CreateNew"/>, mode 0600) under a random name in
/// the user's private folder (<see cref="PrivateFolder"/>), so no file someone else left there (a planted
/// startup hook) is ever passed to a child.
/// </summary>
internal static partial class ExtractionProcessRuntimeConfig
{
    public const string FolderName = "worker";

    /// <summary>Writes a new runtimeconfig into <paramref name="folder"/> (the private default when null) and returns its path.</summary>
    public static string WriteFile(string? folder = null)
    {
        var json = Build(AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string);
        folder ??= PrivateFolder.ForUser(FolderName);
        DeleteFilesOfDeadHosts(folder);
        #pragma warning disable RS0030 // a random name, not an id a test pins
        var path = Path.Combine(folder, $"worker-{Environment.ProcessId}-{Guid.NewGuid():N}.runtimeconfig.json");
        #pragma warning restore RS0030
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, new System.Text.UTF8Encoding(false), file))
        {
            writer.Write(json);
        }

        return path;
    }

    /// <summary>
    /// Deletes the runtimeconfig files of hosts that are no longer running (a host killed before it could delete
    /// its own), named by the process id in the file name; returns how many. A file whose process id was reused by
    /// a live process stays until that one ends: a few hundred bytes, never a wrong deletion.
    /// </summary>
    internal static int DeleteFilesOfDeadHosts(string folder)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "worker-*.runtimeconfig.json"))
        {
            if (OwnerProcessId(Path.GetFileName(file)) is { } pid && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try
                {
                    File.Delete(file);
                    deleted++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another host sweeping at the same moment, or a file not ours to delete: left alone.
                }
            }
        }

        return deleted;
    }

    private static int? OwnerProcessId(string fileName)
    {
        var parts = fileName.Split('-');
        return parts.Length >= 3 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        // GetProcessById throws ArgumentException only when no process has the id; anything else counts as running.
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static string Build(string? depsFiles)
    {
        var frameworks = Frameworks(depsFiles).ToList();
        if (frameworks.Count == 0)
        {
            frameworks.Add(("Microsoft.NETCore.App", Environment.Version.ToString(3)));
        }

        var entries = string.Join(",", frameworks.Select(f => $$"""{ "name": "{{f.Name}}", "version": "{{f.Version}}" }"""));
        return $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{Environment.Version.Major}}.{{Environment.Version.Minor}}",
                "frameworks": [ {{entries}} ],
                "configProperties": {
                  "System.GC.Server": false,
                  "System.GC.Concurrent": false,
                  "System.GC.ConserveMemory": 7
                }
              }
            }
            """;
    }

    // Each shared framework's deps file sits at .../shared/<name>/<version>/<name>.deps.json.
    private static IEnumerable<(string Name, string Version)> Frameworks(string? depsFiles)
    {
        foreach (var file in (depsFiles ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var match = SharedFrameworkDepsFile().Match(file.Replace('\\', '/'));
            if (match.Success)
            {
                yield return (match.Groups["name"].Value, match.Groups["version"].Value);
            }
        }
    }

    [GeneratedRegex(@"/shared/(?<name>[^/]+)/(?<version>[^/]+)/\k<name>\.deps\.json$")]
    private static partial Regex SharedFrameworkDepsFile();
}
