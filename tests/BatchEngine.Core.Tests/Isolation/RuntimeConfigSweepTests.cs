using System.Diagnostics;
using BatchEngine.Isolation.Host;

namespace BatchEngine.Tests.Isolation;

/// <summary>
/// A host killed before it could delete its extraction runtimeconfig left the file behind for good (twelve from
/// dead hosts were found in one user's folder). Writing a new one now deletes those of hosts no longer running,
/// and never a running host's.
/// </summary>
public sealed class RuntimeConfigSweepTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("runtimeconfig-sweep-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Writing_a_runtimeconfig_deletes_those_of_dead_hosts_and_keeps_those_of_running_ones()
    {
        var deadPid = await PidOfAnEndedProcessAsync();
        using var running = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            var dead = Touch($"worker-{deadPid}-0123456789abcdef.runtimeconfig.json");
            var alive = Touch($"worker-{running.Id}-fedcba9876543210.runtimeconfig.json");
            var unrelated = Touch("notes.txt");

            var written = ExtractionProcessRuntimeConfig.WriteFile(_folder.FullName);

            Assert.False(File.Exists(dead));
            Assert.True(File.Exists(alive));
            Assert.True(File.Exists(unrelated));
            Assert.True(File.Exists(written));
        }
        finally
        {
            running.Kill();
        }
    }

    private string Touch(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, "{}");
        return path;
    }

    private static async Task<int> PidOfAnEndedProcessAsync()
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await ended.WaitForExitAsync();
        return ended.Id;
    }
}
