using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Reading;
using BatchEngine.Storage;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Batches;

public sealed class ClassifyAndReviewTests
{
    [Fact]
    public async Task Classifying_one_file_answers_at_once_without_creating_a_job()
    {
        await using var engine = TestEngine.Create();

        var result = await engine.Engine.ClassifyAsync(new IncomingDocument("memo.txt", new MemoryStream(ScriptedTextReader.Content("a secret memo"))));

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Contains(result.RawSignals, s => s.Detector == "keyword");
        Assert.Equal(0, (await engine.Engine.ListJobsAsync()).Total);
    }

    [Fact]
    public async Task Classifying_reads_a_stream_that_cannot_seek()
    {
        await using var engine = TestEngine.Create();
        var content = new NonSeekableStream(ScriptedTextReader.Content("public " + new string('x', 5_000) + " secret"));

        var result = await engine.Engine.ClassifyAsync(new IncomingDocument("big.txt", content));

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
    }

    [Fact]
    public async Task Classifying_an_unreadable_file_throws_a_clear_error()
    {
        await using var engine = TestEngine.Create();

        var unknown = await Assert.ThrowsAsync<InvalidDataException>(() =>
            engine.Engine.ClassifyAsync(new IncomingDocument("x.pdf", new MemoryStream([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0]))));
        var truncatedJpeg = await Assert.ThrowsAsync<DocumentReadException>(() =>
            engine.Engine.ClassifyAsync(new IncomingDocument("x.jpg", new MemoryStream([0xFF, 0xD8, 0xFF]))));
        var empty = await Assert.ThrowsAsync<InvalidDataException>(() =>
            engine.Engine.ClassifyAsync(new IncomingDocument("x.pdf", new MemoryStream())));

        Assert.Equal("The document's format is not supported.", unknown.Message);
        Assert.Equal("The document is empty.", empty.Message);
        Assert.StartsWith("The JPEG image is damaged or truncated", truncatedJpeg.Message);
    }

    [Fact]
    public async Task Classifying_a_file_over_the_limit_is_refused()
    {
        await using var engine = TestEngine.Create(o => o.MaxFileBytes = 10);

        await Assert.ThrowsAsync<ContentTooLargeException>(() =>
            engine.Engine.ClassifyAsync(new IncomingDocument("x.txt", new MemoryStream(ScriptedTextReader.Content("far too long")))));
    }

    [Fact]
    public async Task Classifying_a_stream_that_cannot_seek_stops_reading_at_the_limit()
    {
        await using var engine = TestEngine.Create(o => o.MaxFileBytes = 2_000);
        var content = new NonSeekableStream(ScriptedTextReader.Content(new string('x', 5_000)));

        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() => engine.Engine.ClassifyAsync(new IncomingDocument("big.txt", content)));

        Assert.Equal(2_000, error.LimitBytes);
    }

    [Fact]
    public async Task Classifying_past_the_timeout_throws_a_timeout_error()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(o => o.DocumentTimeout = TimeSpan.FromSeconds(3), time);

        var classifying = engine.Engine.ClassifyAsync(new IncomingDocument("x.txt", new MemoryStream(ScriptedTextReader.Content(directive: "HANG"))));
        while (engine.Probe.Parked == 0)
        {
            await Task.Delay(5);
        }

        time.Advance(TimeSpan.FromSeconds(3));
        var error = await Assert.ThrowsAsync<TimeoutException>(() => classifying.WaitAsync(TestEngine.WaitLimit));
        Assert.Equal("Document processing exceeded the timeout of 00:00:03.", error.Message);
    }

    [Fact]
    public async Task A_review_is_kept_beside_the_machine_answer()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 9, 10, 30, 0, TimeSpan.Zero));
        await using var engine = TestEngine.Create(time: time);
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("secret"));
        await engine.WaitForTerminalAsync(submission.Job!.JobId);
        var docId = submission.Documents[0].DocId;

        Assert.True(await engine.Engine.ReviewDocumentAsync(docId, new DocumentReview { NewLabel = SensitivityCategory.Public, Reviewer = "ann", Comment = "published" }));

        var document = (await engine.Engine.GetDocumentAsync(docId))!;
        Assert.Equal(SensitivityCategory.Confidential, document.Classification!.FinalCategory);
        Assert.Equal(SensitivityCategory.Public, document.Review!.NewLabel);
        Assert.Equal("ann", document.Review.Reviewer);
        Assert.Equal(time.GetUtcNow(), document.Review.ReviewedAt);
        Assert.False(await engine.Engine.ReviewDocumentAsync(Guid.NewGuid().ToString(), new DocumentReview { NewLabel = SensitivityCategory.Public, Reviewer = "ann" }));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            engine.Engine.ReviewDocumentAsync(docId, new DocumentReview { NewLabel = SensitivityCategory.Public, Reviewer = " " }));
    }

    [Fact]
    public async Task Jobs_are_listed_newest_first_with_a_status_filter()
    {
        var time = new FakeTimeProvider();
        await using var engine = TestEngine.Create(time: time);
        var first = await engine.SubmitAsync(ScriptedTextReader.Content());
        await engine.WaitForTerminalAsync(first.Job!.JobId);
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "WAIT"));
        await engine.WaitForJobAsync(second.Job!.JobId, s => s.Job.Status == JobStatus.Processing);

        var all = await engine.Engine.ListJobsAsync();
        var completed = await engine.Engine.ListJobsAsync(new JobQuery { Status = JobStatus.Completed });
        var page = await engine.Engine.ListJobsAsync(new JobQuery { Offset = 1, Limit = 1 });

        Assert.Equal([second.Job.JobId, first.Job.JobId], all.Jobs.Select(j => j.JobId));
        Assert.Equal([first.Job.JobId], completed.Jobs.Select(j => j.JobId));
        Assert.Equal((2, first.Job.JobId), (page.Total, page.Jobs.Single().JobId));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => engine.Engine.ListJobsAsync(new JobQuery { Offset = -1 }));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
