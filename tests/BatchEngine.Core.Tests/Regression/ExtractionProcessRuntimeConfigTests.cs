using BatchEngine.Isolation;
using BatchEngine.Isolation.Host;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Tests.Isolation;
using BatchEngine.Tests.Reading;
using Microsoft.Extensions.Logging.Abstractions;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, items 9 and 14: the worker's runtimeconfig sat at a predictable path under /tmp and an existing
/// file there was trusted (another local user could plant a startup hook); and a failure to write it was kept
/// by a <c>Lazy</c> for the life of the process. Now each process writes its own file, new, in a 0700 folder of
/// its user, and a failed write is tried again on the next read.
/// </summary>
public sealed class ExtractionProcessRuntimeConfigTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void The_runtimeconfig_is_a_new_file_of_this_user_only_in_a_private_folder_even_after_the_folder_was_opened_up()
    {
        var folder = PrivateFolder.ForUser(ExtractionProcessRuntimeConfig.FolderName);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, OwnerOnly | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.OtherRead);
        }

        var first = ExtractionProcessRuntimeConfig.WriteFile();
        var second = ExtractionProcessRuntimeConfig.WriteFile();
        try
        {
            Assert.NotEqual(first, second); // never a file that was there before
            Assert.Equal(folder, Path.GetDirectoryName(first));
            Assert.Contains("\"runtimeOptions\"", File.ReadAllText(first), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(OwnerOnly, File.GetUnixFileMode(PrivateFolder.ForUser(ExtractionProcessRuntimeConfig.FolderName)));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first));
            }
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public async Task A_runtimeconfig_that_could_not_be_written_is_written_on_the_next_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "batchengine-tests-" + Guid.NewGuid().ToString("N"));
        var settings = IsolationTestKit.Pool(size: 1).Settings with { RuntimeConfigFolder = folder };
        await using var pool = new ExtractionProcessPool(settings, NullLogger<ExtractionProcessPool>.Instance);
        try
        {
            await Assert.ThrowsAnyAsync<IOException>(() => IsolationTestKit.ReadAsync(pool, Corpus.Bytes("real/pypdf_bytes.pdf")));

            Directory.CreateDirectory(folder); // the disk was fixed
            var document = await IsolationTestKit.ReadAsync(pool, Corpus.Bytes("real/pypdf_bytes.pdf"));

            Assert.True(document.PageCount > 0);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
