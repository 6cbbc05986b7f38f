using System.Diagnostics.Metrics;
using System.Text;
using BatchEngine.AI.Tests.Support;
using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace BatchEngine.AI.Tests;

/// <summary>The chat classifier inside a running engine: batches, the call limit, a model that is gone, metrics.</summary>
public sealed class BatchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Concurrent_model_calls_never_exceed_the_limit_across_workers()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, delay: TimeSpan.FromMilliseconds(150)));
        await using var kit = new EngineKit(server.Endpoint, configure: o => o.MaxConcurrentCalls = 2, engine: o => o.WorkerCount = 4);

        var documents = await RunBatchAsync(kit, Enumerable.Repeat(Documents.Memo, 8));

        Assert.All(documents, d => Assert.Single(d.Classification!.ModelAnswers));
        Assert.Equal(8, server.Requests.Count);
        Assert.InRange(server.MaxInFlight, 1, 2);
    }

    [Fact]
    public async Task When_the_model_is_gone_every_document_completes_with_the_rules_answer_for_review()
    {
        var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Public"), r));
        var endpoint = server.Endpoint;
        await server.DisposeAsync(); // the model is gone before the batch starts
        await using var kit = new EngineKit(endpoint, configure: o => o.MaxRetries = 1);

        var documents = await RunBatchAsync(kit, [Documents.Memo, Documents.PersonnelRecord]);

        Assert.All(documents, d =>
        {
            Assert.Equal(DocumentStatus.Completed, d.Status);
            Assert.Equal(100, d.Progress);
            Assert.True(d.Classification!.RequiresReview);
            Assert.Contains("was unavailable", d.Classification.Explanation, StringComparison.Ordinal);
            Assert.Empty(d.Classification.ModelAnswers);
        });
        Assert.Equal([SensitivityCategory.Confidential, SensitivityCategory.HighlySensitive], documents.OrderBy(d => d.Index).Select(d => d.Classification!.FinalCategory));
    }

    [Fact]
    public async Task Calls_tokens_and_latency_go_to_the_BatchEngine_meter_and_a_document_costs_two_calls_with_a_check()
    {
        var counted = new Dictionary<string, long>();
        var durations = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // The meter is process-wide: only this test's model names count (CostTests runs meanwhile with its own).
            if (instrument.Meter.Name == "BatchEngine" && instrument.Name.StartsWith("batchengine.ai.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "batchengine.ai.model" && t.Value is "meter-a" or "meter-b"))
            {
                lock (counted)
                {
                    counted[instrument.Name] = counted.GetValueOrDefault(instrument.Name) + value;
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "batchengine.ai.model" && t.Value is "meter-a" or "meter-b"))
            {
                Interlocked.Increment(ref durations);
            }
        });
        listener.Start();

        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r, "meter-a"));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r, "meter-b"));
        await using var kit = new EngineKit(first.Endpoint, second.Endpoint, o => { o.ModelId = "meter-a"; o.CheckModelId = "meter-b"; });

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);
        listener.Dispose();

        var requests = first.Requests.Concat(second.Requests).ToList();
        Assert.Equal(2, result.ModelAnswers.Count);
        Assert.Equal(2, counted["batchengine.ai.calls"]);
        Assert.Equal(requests.Sum(r => (long)r.EstimatedPromptTokens), counted["batchengine.ai.tokens.input"]);
        Assert.True(counted["batchengine.ai.tokens.output"] > 0);
        Assert.Equal(2, durations);
        output.WriteLine($"calls {requests.Count}, request bodies {requests.Sum(r => r.Body.Length)} bytes, prompt characters {requests.Sum(r => r.PromptText.Length)}, input tokens (chars/4) {counted["batchengine.ai.tokens.input"]}, output tokens {counted["batchengine.ai.tokens.output"]}");
    }

    internal static async Task<IReadOnlyList<DocumentRecord>> RunBatchAsync(EngineKit kit, IEnumerable<string> texts)
    {
        var hosted = kit.Services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var submission = await kit.Engine.SubmitAsync(Incoming(texts));
            var jobId = submission.Job!.JobId;
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await foreach (var snapshot in kit.Engine.WatchJobAsync(jobId, deadline.Token))
            {
                if (snapshot.Job.Status is JobStatus.Completed or JobStatus.Failed)
                {
                    Assert.Equal(JobStatus.Completed, snapshot.Job.Status);
                    return snapshot.Documents;
                }
            }

            throw new InvalidOperationException("The job never finished.");
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    private static async IAsyncEnumerable<IncomingDocument> Incoming(IEnumerable<string> texts)
    {
        var i = 0;
        foreach (var text in texts)
        {
            yield return new IncomingDocument($"document-{i++}.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
        }

        await Task.CompletedTask;
    }
}
