using BatchEngine.Jobs;
using BatchEngine.Storage;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 9: uploaded bytes stayed on disk (or in Redis) until the job expired, and nothing capped
/// how much was stored. Now a document's content goes once it is terminal (unless
/// <see cref="BatchEngineOptions.KeepContent"/>), and an upload past <see cref="BatchEngineOptions.MaxStoredContentBytes"/>
/// is refused whole.
/// </summary>
public sealed class ContentAfterTerminalTests
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(false, 1_000_000)]
    [InlineData(true, 1_000_000)]
    public async Task A_completed_and_a_failed_documents_content_is_deleted_unless_the_option_keeps_it(bool keep, long smallContentMemoryBytes)
    {
        await using var engine = TestEngine.Create(o => { o.KeepContent = keep; o.SmallContentMemoryBytes = smallContentMemoryBytes; });
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("fine"), ScriptedTextReader.Content(directive: "FAIL"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);
        var store = (TempFolderContentStore)engine.Services.GetRequiredService<IDocumentContentStore>();
        var folder = store.JobFolder(done.Job.JobId);

        Assert.Equal([DocumentStatus.Completed, DocumentStatus.Failed], done.Documents.Select(d => d.Status));
        foreach (var document in done.Documents)
        {
            Assert.Equal(keep && smallContentMemoryBytes == 0, File.Exists(Path.Combine(folder, document.DocId)));
            Assert.Equal(keep, await CanReadAsync(store, document));
        }

        Assert.Equal(keep ? done.Documents.Sum(d => d.SizeBytes) : 0, engine.Services.GetRequiredService<StoredContent>().UsedBytes);
        Assert.Equal(keep && smallContentMemoryBytes > 0 ? done.Documents.Sum(d => d.SizeBytes) : 0, store.MemoryBytes);
    }

    private static async Task<bool> CanReadAsync(IDocumentContentStore store, DocumentRecord document)
    {
        try
        {
            await using var stream = await store.OpenReadAsync(document.JobId, document.DocId, CancellationToken.None);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public async Task An_upload_past_the_content_quota_is_refused_whole_and_leaves_nothing()
    {
        await using var engine = TestEngine.Create(o => { o.MaxStoredContentBytes = 1_000; o.KeepContent = true; });
        var first = await engine.SubmitAsync(ScriptedTextReader.Content(new string('a', 600)));
        await engine.WaitForTerminalAsync(first.Job!.JobId);

        await Assert.ThrowsAsync<ContentQuotaExceededException>(() =>
            engine.SubmitAsync(ScriptedTextReader.Content("small"), ScriptedTextReader.Content(new string('b', 600))));

        Assert.Equal(1, (await engine.Engine.ListJobsAsync()).Total);
        Assert.Equal(first.Documents[0].SizeBytes, engine.Services.GetRequiredService<StoredContent>().UsedBytes);

        // Deleting the first job gives its bytes back.
        Assert.True(await engine.Engine.DeleteJobAsync(first.Job.JobId));
        var second = await engine.SubmitAsync(ScriptedTextReader.Content(new string('b', 600)));
        Assert.NotNull(second.Job);
    }
}
