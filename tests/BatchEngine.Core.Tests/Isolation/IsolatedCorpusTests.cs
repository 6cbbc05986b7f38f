using BatchEngine.Isolation;
using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Isolation;

/// <summary>One pool shared by every file of the corpus test, as a host would share it.</summary>
public sealed class SharedPoolFixture : IAsyncLifetime
{
    internal ExtractionProcessPool Pool { get; } = IsolationTestKit.Pool(size: 2);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}

/// <summary>
/// Every corpus file, the ones that kill a process included, through the isolated reader: each ends with
/// pages or a clear error within its timeout, and this test process survives them all.
/// </summary>
public sealed class IsolatedCorpusTests(SharedPoolFixture fixture, ITestOutputHelper output) : IClassFixture<SharedPoolFixture>
{
    public static TheoryData<string> AllFiles() => new(Corpus.AllFiles());

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Each_file_gives_pages_or_a_clear_error_and_the_host_survives(string file)
    {
        var reader = new IsolatedPdfReader(fixture.Pool, ReaderTestKit.DefaultLimits);
        var content = Corpus.Bytes(file);
        try
        {
            var document = await reader.ReadAsync(new MemoryStream(content), CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard);
            Assert.True(document.PageCount >= 1);
            Assert.Equal(Math.Min(document.PageCount, ReaderTestKit.DefaultLimits.MaxPages), document.Pages.Count);
            Assert.False(InProcessExclusions.Files.ContainsKey(file), "a file known to kill its reader gave pages");
            output.WriteLine($"{file}: {document.PageCount} pages");
        }
        catch (DocumentReadException error)
        {
            Assert.Matches("^(The PDF is encrypted and needs a password\\.|The PDF is damaged or truncated: .+)$", error.Message);
            output.WriteLine($"{file}: {error.Message}");
        }
        catch (ExtractionFailedException error)
        {
            // Only the files that kill a process in-process may kill one here, and they must be named as crashes.
            Assert.True(InProcessExclusions.Files.ContainsKey(file), $"{file}: unexpected {error.Message}");
            Assert.Equal(ExtractionFailure.Crashed, error.Failure);
            Assert.Matches("^ExtractionCrashed: reader process exited with code \\d+ while (opening the document|reading page \\d+) \\(stack overflow\\)", error.Message);
            output.WriteLine($"{file}: {error.Message}");
        }
    }
}
