using System.Reflection;

namespace BatchEngine.Storage.TempFolder;

/// <summary>
/// One folder per running process under a stable, private place per application
/// (<c>{user's engine folder}/content/{application}</c>). A process holds a lock file in its folder for as long as
/// it runs; the OS drops the lock when the process dies, however it dies. Taking a folder first deletes every
/// sibling whose lock is free, so what a crashed process left is cleaned by the next one to start.
/// </summary>
internal sealed class ProcessFolders(string root)
{
    private const string LockFileName = ".lock";

    // A folder is created a moment before its lock: one younger than this without a lock may be starting up.
    private static readonly TimeSpan StartupGrace = TimeSpan.FromMinutes(1);

    /// <summary>The folder holding the process folders.</summary>
    public string Root { get; } = root;

    /// <summary>The place of this application (named after the entry assembly).</summary>
    public static ProcessFolders ForApplication()
    {
        var name = Assembly.GetEntryAssembly()?.GetName().Name ?? "application";
        var safe = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).Trim('.');
        return new ProcessFolders(Path.Combine(PrivateFolder.ForUser("content"), safe.Length == 0 ? "application" : safe));
    }

    /// <summary>Cleans the folders of dead processes, then creates and locks this process's own.</summary>
    public Lease TakeOne()
    {
        PrivateFolder.Create(Root);
        CleanDead();
        #pragma warning disable RS0030 // a random name, not an id a test pins
        var path = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        #pragma warning restore RS0030
        PrivateFolder.Create(path);
        var lockFile = new FileStream(Path.Combine(path, LockFileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        return new Lease(path, lockFile);
    }

    /// <summary>Deletes every process folder whose lock nobody holds; returns how many.</summary>
    public int CleanDead()
    {
        var cleaned = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (IsDead(folder) && TryDelete(folder))
            {
                cleaned++;
            }
        }

        return cleaned;
    }

    private static bool IsDead(string folder)
    {
        try
        {
            // Opening it exclusively succeeds only when the process that held it is gone.
            using var probe = new FileStream(Path.Combine(folder, LockFileName), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (FileNotFoundException)
        {
            // Compared with the file system's own timestamp, so the real clock, not an injected one.
            return TimeProvider.System.GetUtcNow().UtcDateTime - Directory.GetCreationTimeUtc(folder) > StartupGrace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>This process's folder, locked until disposed; disposing deletes it.</summary>
    internal sealed class Lease(string path, FileStream lockFile) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose()
        {
            lockFile.Dispose();
            TryDelete(Path);
        }
    }
}
