using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Tests.Telemetry;

/// <summary>Runs alone: the meter is process-wide, so counts are exact only when no other engine works meanwhile.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private const string SensitiveText = "SSN 123-45-6789 TOPSECRET-PAYLOAD";

    [Fact]
    public async Task Documents_are_counted_timed_and_traced_under_the_BatchEngine_name()
    {
        var measurements = new ConcurrentDictionary<string, double>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "BatchEngine")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        meters.SetMeasurementEventCallback<double>((instrument, _, _, _) => measurements.AddOrUpdate(instrument.Name + ".count", 1, (_, v) => v + 1));
        meters.Start();
        var activities = new ConcurrentBag<Activity>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "BatchEngine",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(tracing);

        string jobId;
        await using (var engine = TestEngine.Create())
        {
            var submission = await engine.SubmitAsync(ScriptedTextReader.Content("a"), ScriptedTextReader.Content("b"), ScriptedTextReader.Content(directive: "FAIL"));
            jobId = submission.Job!.JobId;
            await engine.WaitForTerminalAsync(jobId);
        }

        var seen = string.Join(", ", measurements.Select(m => $"{m.Key}={m.Value}"));
        Assert.True(measurements.TryGetValue("batchengine.documents.processed", out var processed) && processed == 2, seen);
        Assert.True(measurements.TryGetValue("batchengine.documents.failed", out var failed) && failed == 1, seen);
        Assert.True(measurements.TryGetValue("batchengine.document.processing.duration.count", out var timed) && timed == 3, seen);
        var ours = activities.Where(a => Equals(a.GetTagItem("batchengine.job_id"), jobId)).ToList();
        Assert.Equal(3, ours.Count);
        Assert.All(ours, a =>
        {
            Assert.Equal("ProcessDocument", a.OperationName);
            Assert.NotNull(a.GetTagItem("batchengine.doc_id"));
        });
    }

    [Fact]
    public async Task Logs_never_contain_document_text()
    {
        var lines = new ConcurrentQueue<LoggedLine>();
        await using (var engine = TestEngine.Create(services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLoggerProvider(lines)))))
        {
            var submission = await engine.SubmitAsync(
                ScriptedTextReader.Content(SensitiveText),
                ScriptedTextReader.Content("secret " + SensitiveText),
                ScriptedTextReader.Content(SensitiveText, "FAIL"));
            await engine.WaitForTerminalAsync(submission.Job!.JobId);
        }

        var logs = lines.Select(l => l.Text).ToArray();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("failed with InvalidDataException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("123-45-6789", StringComparison.Ordinal) || l.Contains("TOPSECRET", StringComparison.Ordinal));
    }
}
