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
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_completed_and_a_failed_documents_content_is_deleted_unless_the_option_keeps_it(bool keep)
    {
        await using var engine = TestEngine.Create(o => o.KeepContent = keep);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("fine"), ScriptedTextReader.Content(directive: "FAIL"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);
        var folder = ((TempFolderContentStore)engine.Services.GetRequiredService<IDocumentContentStore>()).JobFolder(done.Job.JobId);

        Assert.Equal([DocumentStatus.Completed, DocumentStatus.Failed], done.Documents.Select(d => d.Status));
        Assert.All(done.Documents, d => Assert.Equal(keep, File.Exists(Path.Combine(folder, d.DocId))));
        Assert.Equal(keep ? done.Documents.Sum(d => d.SizeBytes) : 0, engine.Services.GetRequiredService<StoredContent>().UsedBytes);
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
