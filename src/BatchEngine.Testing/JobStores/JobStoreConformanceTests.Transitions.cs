using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>
/// Each document transition writes exactly what <see cref="DocumentTransitions"/> says: the same status, progress,
/// attempts, error and result, the clock's time as <c>UpdatedAt</c>, and nothing else changed. A store that writes
/// in a script of its own (Redis's Lua) is held to the one definition this way.
/// </summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task A_released_document_comes_back_as_the_release_rule_says_and_starts_again_as_a_new_attempt()
    {
        var (_, documents) = await CreateJobAsync(1);
        var docId = documents[0].DocId;

        await StepAsync(docId, d => DocumentTransitions.Start(d), () => Store.TryStartDocumentAsync(docId, CancellationToken.None));
        await StepAsync(docId, d => DocumentTransitions.Progress(d, ProgressStages.DetectorsCompleted), () => Store.ReportProgressAsync(docId, ProgressStages.DetectorsCompleted, CancellationToken.None));
        await StepAsync(docId, d => DocumentTransitions.Progress(d, ProgressStages.DocumentLoaded), () => Store.ReportProgressAsync(docId, ProgressStages.DocumentLoaded, CancellationToken.None));
        await StepAsync(docId, DocumentTransitions.Release, () => Store.ReleaseDocumentAsync(docId, CancellationToken.None));
        await StepAsync(docId, DocumentTransitions.Release, () => Store.ReleaseDocumentAsync(docId, CancellationToken.None)); // not processing: refused

        var restarted = await StepAsync(docId, d => DocumentTransitions.Start(d), () => Store.TryStartDocumentAsync(docId, CancellationToken.None));
        Assert.Equal(2, restarted.Attempts);
        var result = SampleClassification(docId);
        await StepAsync(docId, d => DocumentTransitions.Complete(d, result), () => Store.CompleteDocumentAsync(docId, result, CancellationToken.None));
    }

    [Fact]
    public async Task Fail_and_cancel_write_what_their_rules_say_and_terminal_documents_refuse_every_transition()
    {
        var (_, documents) = await CreateJobAsync(3);
        var (pending, running, cancelled) = (documents[0].DocId, documents[1].DocId, documents[2].DocId);
        const string Error = "DocumentReadException: The PDF is encrypted and needs a password.";

        await StepAsync(pending, d => DocumentTransitions.Fail(d, Error), () => Store.FailDocumentAsync(pending, Error, CancellationToken.None));
        await StepAsync(running, d => DocumentTransitions.Start(d), () => Store.TryStartDocumentAsync(running, CancellationToken.None));
        await StepAsync(running, d => DocumentTransitions.Fail(d, Error), () => Store.FailDocumentAsync(running, Error, CancellationToken.None));
        await StepAsync(cancelled, d => DocumentTransitions.Start(d), () => Store.TryStartDocumentAsync(cancelled, CancellationToken.None));
        await StepAsync(cancelled, DocumentTransitions.Cancel, () => Store.CancelDocumentAsync(cancelled, CancellationToken.None));

        foreach (var docId in new[] { pending, running, cancelled })
        {
            await StepAsync(docId, d => DocumentTransitions.Start(d), () => Store.TryStartDocumentAsync(docId, CancellationToken.None));
            await StepAsync(docId, DocumentTransitions.Release, () => Store.ReleaseDocumentAsync(docId, CancellationToken.None));
            await StepAsync(docId, DocumentTransitions.Cancel, () => Store.CancelDocumentAsync(docId, CancellationToken.None));
            await StepAsync(docId, d => DocumentTransitions.Fail(d, Error), () => Store.FailDocumentAsync(docId, Error, CancellationToken.None));
        }
    }

    // Applies one store call a second later and checks it against the rule: the answer (true exactly when the rule
    // applies) and the record after it. Returns the record after.
    private async Task<DocumentRecord> StepAsync(string docId, Func<DocumentRecord, DocumentRecord?> rule, Func<Task<bool>> call)
    {
        var before = await DocumentAsync(docId);
        Time.Advance(TimeSpan.FromSeconds(1));
        var expected = rule(before);

        var answered = await call();

        var after = await DocumentAsync(docId);
        Assert.Equal(expected is not null, answered);
        AssertSameRecord(expected is null ? before : expected with { UpdatedAt = Time.GetUtcNow() }, after);
        return after;
    }

    private static void AssertSameRecord(DocumentRecord expected, DocumentRecord actual)
    {
        Assert.Equal(
            (expected.DocId, expected.JobId, expected.Index, expected.FileName, expected.MediaType, expected.SizeBytes, expected.CreatedAt),
            (actual.DocId, actual.JobId, actual.Index, actual.FileName, actual.MediaType, actual.SizeBytes, actual.CreatedAt));
        Assert.Equal(
            (expected.Status, expected.Progress, expected.Attempts, expected.Error, expected.UpdatedAt),
            (actual.Status, actual.Progress, actual.Attempts, actual.Error, actual.UpdatedAt));
        Assert.Equal(
            (expected.Classification?.DocId, expected.Classification?.FinalCategory, expected.Classification?.Explanation),
            (actual.Classification?.DocId, actual.Classification?.FinalCategory, actual.Classification?.Explanation));
    }
}
