using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Batches;

public sealed class SubmitAndProcessTests
{
    [Fact]
    public async Task A_batch_is_classified_and_a_bad_file_fails_with_its_error_while_the_job_completes()
    {
        await using var engine = TestEngine.Create();

        var submission = await engine.SubmitAsync(
            ScriptedTextReader.Content("a public memo"),
            ScriptedTextReader.Content("the secret plan"),
            ScriptedTextReader.Content(directive: "FAIL"));

        Assert.NotNull(submission.Job);
        Assert.Equal(3, submission.Job.TotalFiles);
        Assert.Equal(JobStatus.Pending, submission.Job.Status);
        Assert.All(submission.Documents, d => Assert.Equal(DocumentStatus.Pending, d.Status));
        Assert.Empty(submission.Rejected);
        var done = await engine.WaitForTerminalAsync(submission.Job.JobId);

        Assert.Equal(JobStatus.Completed, done.Job.Status);
        Assert.Equal(2, done.Job.Completed);
        Assert.Equal(1, done.Job.Failed);
        Assert.Equal(66.7, done.Job.Progress);
        Assert.Null(done.Job.Error);
        Assert.Equal(["file0.txt", "file1.txt", "file2.txt"], done.Documents.Select(d => d.FileName));

        var failed = done.Documents[2];
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.Equal(0.0, failed.Progress);
        Assert.Equal("InvalidDataException: Unable to extract content", failed.Error);

        var secret = await engine.Engine.GetDocumentAsync(done.Documents[1].DocId);
        Assert.Equal(SensitivityCategory.Confidential, secret!.Classification!.FinalCategory);
        Assert.Equal(100.0, secret.Progress);
        var memo = await engine.Engine.GetDocumentAsync(done.Documents[0].DocId);
        Assert.Equal(SensitivityCategory.Public, memo!.Classification!.FinalCategory);
        Assert.Equal(ScriptedTextReader.MediaTypeName, memo.MediaType);
    }

    [Fact]
    public async Task A_job_whose_every_document_failed_is_failed_with_an_error()
    {
        await using var engine = TestEngine.Create();

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(directive: "FAIL"), ScriptedTextReader.Content(directive: "FAIL"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Equal(JobStatus.Failed, done.Job.Status);
        Assert.Equal("All 2 documents of the job failed.", done.Job.Error);
        Assert.Equal(2, done.Job.Failed);
        Assert.Equal(0.0, done.Job.Progress);
    }

    [Fact]
    public async Task Empty_unrecognised_and_oversized_files_are_refused_and_the_rest_is_queued()
    {
        await using var engine = TestEngine.Create(o => o.MaxFileBytes = 64);

        var submission = await engine.Engine.SubmitAsync(TestEngine.Files(
        [
            ("empty.pdf", []),
            ("program.pdf", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
            ("big.txt", ScriptedTextReader.Content(new string('x', 100))),
            ("ok.txt", ScriptedTextReader.Content("fine")),
        ]));

        Assert.NotNull(submission.Job);
        Assert.Equal(1, submission.Job.TotalFiles);
        Assert.Equal(["ok.txt"], submission.Documents.Select(d => d.FileName));
        Assert.Equal(
            [("empty.pdf", RejectionReason.Empty), ("program.pdf", RejectionReason.UnsupportedType), ("big.txt", RejectionReason.TooLarge)],
            submission.Rejected.Select(r => (r.FileName, r.Reason)));
        Assert.Equal("File is larger than the limit of 64 bytes.", submission.Rejected[2].Message);
        Assert.Equal("File is empty.", submission.Rejected[0].Message);
        Assert.Contains(ScriptedTextReader.MediaTypeName, submission.Rejected[1].Message, StringComparison.Ordinal);
        await engine.WaitForTerminalAsync(submission.Job.JobId);
    }

    [Fact]
    public async Task When_every_file_is_refused_no_job_is_created()
    {
        await using var engine = TestEngine.Create();

        var submission = await engine.Engine.SubmitAsync(TestEngine.Files([("a.pdf", []), ("b.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00])]));

        Assert.Null(submission.Job);
        Assert.Empty(submission.Documents);
        Assert.Equal(2, submission.Rejected.Count);
        Assert.Equal(0, (await engine.Engine.ListJobsAsync()).Total);
    }
}
