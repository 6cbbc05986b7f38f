using BatchEngine.Storage.TempFolder;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 3 (the in-memory part): each process put its uploads in a fresh random folder under the temp
/// folder, so a process that crashed left them there for good. Now the folders sit at one stable place per
/// application, each locked by its live process, and the next process to start deletes those whose lock is free.
/// </summary>
public sealed class DeadProcessContentTests : IDisposable
{
    private readonly ProcessFolders _folders = new(Path.Combine(Path.GetTempPath(), "batchengine-tests-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Starting_deletes_the_folder_a_dead_process_left_and_keeps_a_live_ones()
    {
        Directory.CreateDirectory(_folders.Root);
        var dead = Folder("4242-dead", lockHeld: false, out _);
        var live = Folder("4343-live", lockHeld: true, out var liveLock);
        using (liveLock)
        {
            using var mine = _folders.TakeOne();

            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(mine.Path));
            Assert.Equal(_folders.Root, Path.GetDirectoryName(mine.Path));
        }

        // Once its holder is gone, the next start cleans the other folder too.
        Assert.Equal(1, _folders.CleanDead());
        Assert.False(Directory.Exists(live));
    }

    [Fact]
    public void The_default_content_store_lives_at_the_applications_stable_place_and_removes_its_folder_on_dispose()
    {
        var store = new TempFolderContentStore(Options.Create(new BatchEngineOptions()));
        var root = store.RootPath;

        Assert.Equal(ProcessFolders.ForApplication().Root, Path.GetDirectoryName(root));
        Assert.True(Directory.Exists(root));
        store.Dispose();
        Assert.False(Directory.Exists(root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folders.Root))
        {
            Directory.Delete(_folders.Root, recursive: true);
        }
    }

    private string Folder(string name, bool lockHeld, out FileStream? held)
    {
        var path = Path.Combine(_folders.Root, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "upload"), "left behind");
        var lockFile = new FileStream(Path.Combine(path, ".lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        held = lockHeld ? lockFile : null;
        if (!lockHeld)
        {
            lockFile.Dispose(); // its process died: the OS dropped the lock
        }

        return path;
    }
}
