using System.Collections.Concurrent;
using BatchEngine.Detection;
using BatchEngine.DependencyInjection;
using BatchEngine.Jobs;
using BatchEngine.Processing;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 12: a parser's, a child's or a driver's message reached <c>/status</c>, exports and logs as it
/// was, quoting file bytes or naming servers. Now clients see the type and a message the engine wrote; the
/// original goes to the log at Debug only, with sensitive values masked.
/// </summary>
public sealed class EngineWrittenErrorsTests
{
    private const string Leaky = "connect to redis-prod.internal:6379 failed for 536-22-8790 (pw=hunter2)";

    [Fact]
    public async Task A_detector_failing_with_a_leaky_message_shows_an_engine_message_and_logs_the_original_masked_at_debug_only()
    {
        var lines = new ConcurrentQueue<LoggedLine>();
        await using var engine = TestEngine.Create(services: s =>
        {
            s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLoggerProvider(lines)));
            s.AddBatchEngine().AddDetector<LeakyDetector>();
        });

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content("quarterly notes"));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Equal("InvalidOperationException: A detector failed on this document", done.Documents[0].Error);
        Assert.DoesNotContain(lines, l => l.Text.Contains("536-22-8790", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Level > LogLevel.Debug && l.Text.Contains("redis-prod", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Level == LogLevel.Debug && l.Text.Contains("redis-prod.internal", StringComparison.Ordinal) && l.Text.Contains("***-**-8790", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The PDF is damaged or truncated: Unexpected token '%SSN 536-22-8790' at offset 12.", "DocumentReadException: The PDF is damaged or truncated.")]
    [InlineData("The reader failed: NullReferenceException: Object reference not set.", "DocumentReadException: The reader failed.")]
    [InlineData("The PDF is encrypted and needs a password.", "DocumentReadException: The PDF is encrypted and needs a password.")]
    public void A_reader_error_keeps_the_readers_sentence_and_drops_the_parsers_words(string message, string shown)
    {
        Assert.Equal(shown, DocumentErrors.Describe(new DocumentReadException(message)));
    }

    [Fact]
    public void A_queue_outage_naming_its_server_fails_the_job_with_the_engines_words()
    {
        var shown = DocumentErrors.Describe(new IOException("No connection to cache.internal:6380 (password=secret)"), FailureStage.Queueing);

        Assert.Equal("IOException: The job could not be queued", shown);
    }

    private sealed class LeakyDetector : IDetector
    {
        public string Name => "leaky";

        public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Leaky);
    }
}
