using System.Text;
using System.Text.RegularExpressions;

namespace BatchEngine.Isolation;

/// <summary>
/// Writes the runtimeconfig the child is started with. It names exactly the shared frameworks this host
/// runs on (read from the host's own deps files), so the child finds every assembly the host found,
/// including ASP.NET Core's copies of the Microsoft.Extensions libraries in a web app.
/// </summary>
internal static partial class WorkerRuntimeConfig
{
    public static string WriteFile()
    {
        var json = Build(AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string);
        var folder = Path.Combine(Path.GetTempPath(), "batchengine-extraction-worker");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"worker-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]}.runtimeconfig.json");
        if (!File.Exists(path))
        {
            // Several hosts may race to write the same file: write aside, then move into place.
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
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
