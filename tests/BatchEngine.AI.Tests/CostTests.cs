using BatchEngine.AI.Tests.Support;
using BatchEngine.Batches;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.AI.Tests;

/// <summary>
/// What a document costs: real corpus PDFs through the engine with a classifying and a checking model, counting the
/// calls and the characters each request carried. Tokens are estimated as characters / 4 (the fake server's usage);
/// the figures are in docs/ai.md.
/// </summary>
public sealed class CostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_corpus_document_costs_two_calls_and_a_bounded_prompt()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, "cost-a"));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, "cost-b"));
        await using var kit = new EngineKit(first.Endpoint, second.Endpoint);
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "real"), "*.pdf").Order(StringComparer.Ordinal).Where((_, i) => i % 9 == 0).ToList();

        var classified = 0;
        foreach (var file in files)
        {
            try
            {
                await using var content = File.OpenRead(file);
                await kit.Engine.ClassifyAsync(new IncomingDocument(Path.GetFileName(file), content));
                classified++;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                output.WriteLine($"{Path.GetFileName(file)}: not classified ({e.GetType().Name})"); // a broken PDF fails before the model
            }
        }

        var requests = first.Requests.Concat(second.Requests).ToList();
        var options = new ChatClassifierOptions();
        // Page text is capped; the rest is the instructions, the rules' evidence and (for the check) the first answer.
        var bound = options.MaxCharactersPerDocument + (options.MaxSignals * 400) + 6_000;
        Assert.All(requests, r => Assert.InRange(r.PromptText.Length, 1, bound));
        Assert.Equal(2 * classified, requests.Count);
        Assert.True(classified >= files.Count / 2, $"only {classified} of {files.Count} corpus files classified");

        var prompt = requests.Select(r => r.PromptText.Length).Order().ToList();
        output.WriteLine($"{classified} documents, {requests.Count} calls ({(double)requests.Count / classified:0.0} per document)");
        output.WriteLine($"prompt characters per call: min {prompt[0]}, median {prompt[prompt.Count / 2]}, max {prompt[^1]}; est. input tokens per document (chars/4, both calls): mean {requests.Sum(r => r.PromptText.Length) / 4.0 / classified:0}");
        output.WriteLine($"request body bytes per call (messages + JSON schema): mean {requests.Average(r => r.Body.Length):0}");
        output.WriteLine($"of which the JSON schema (response_format): {requests[0].Json["response_format"]!.ToJsonString().Length} bytes");
    }
}
