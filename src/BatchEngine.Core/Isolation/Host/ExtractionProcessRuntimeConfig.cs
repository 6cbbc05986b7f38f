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
                  "System.GC.Concurrent": false
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
