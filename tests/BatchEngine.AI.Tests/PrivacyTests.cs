using BatchEngine.AI.Tests.Support;
using BatchEngine.Classification;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.AI.Tests;

/// <summary>What leaves the engine: masked text within the caps, images only when allowed, nothing in the logs.</summary>
public sealed class PrivacyTests
{
    private static readonly string[] RawValues = [Documents.Ssn, Documents.Card, Documents.Email, "4111111111111111"];

    [Fact]
    public async Task Every_request_body_the_model_saw_holds_masked_values_only()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r));
        await using var kit = new EngineKit(first.Endpoint, second.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        Assert.Equal(2, result.ModelAnswers.Count);
        var bodies = first.Requests.Concat(second.Requests).Select(r => r.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.All(bodies, body =>
        {
            foreach (var value in RawValues)
            {
                Assert.DoesNotContain(value, body, StringComparison.Ordinal);
            }

            Assert.Contains("***-**-8741", body, StringComparison.Ordinal); // the SSN, masked as snippets are
            Assert.DoesNotContain("Appleseed", body, StringComparison.Ordinal);
            Assert.DoesNotContain("seed", body, StringComparison.Ordinal); // a name keeps its initials, not its last letters
            Assert.Contains("Employee record", body, StringComparison.Ordinal); // the page's other words do go
        });
    }

    [Fact]
    public async Task Raw_text_goes_only_when_the_option_says_so()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r));
        await using var kit = new EngineKit(server.Endpoint, configure: o => o.SendRawText = true);

        await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        Assert.Contains(Documents.Ssn, Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_model_sees_at_most_the_characters_per_page_and_per_document()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r));
        await using var kit = new EngineKit(server.Endpoint, configure: o =>
        {
            o.MaxCharactersPerPage = 300;
            o.MaxCharactersPerDocument = 500;
        });
        var classifier = kit.Services.GetRequiredService<IClassifier>();
        var pages = Enumerable.Range(1, 4).Select(n => new PageText(n, $"PAGE{n}START " + new string('x', 2_000))).ToList();

        await classifier.ClassifyAsync("doc-caps", new ExtractedDocument { Pages = pages, PageCount = 4, MediaType = "text/plain" }, [], CancellationToken.None);

        var prompt = Assert.Single(server.Requests).PromptText;
        Assert.Contains("PAGE1START", prompt, StringComparison.Ordinal);
        Assert.Contains("PAGE2START", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE3START", prompt, StringComparison.Ordinal);
        Assert.Contains("[pages from 3 on were not sent", prompt, StringComparison.Ordinal);
        string Sent(int page) => prompt.Split($"=== Page {page} ===\n")[1].Split('\n')[0];
        Assert.Equal(300, Sent(1).Length); // the page cap
        Assert.Equal(200, Sent(2).Length); // what the document cap left
    }

    [Fact]
    public async Task Images_go_as_data_only_when_the_model_accepts_them_capped_in_number_and_size()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r));
        await using var kit = new EngineKit(server.Endpoint, configure: o =>
        {
            o.SendImages = true;
            o.MaxImages = 2;
            o.MaxImageBytes = 1_000;
        });
        var classifier = kit.Services.GetRequiredService<IClassifier>();
        byte[] Png(int size) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[size - 8]];
        var document = new ExtractedDocument
        {
            Pages = [new PageText(1, "A page with pictures.")],
            PageCount = 1,
            ImageCount = 4,
            MediaType = "application/pdf",
            Images =
            [
                new DocumentImage { Page = 1, Number = 1, Content = Png(5_000), Width = 100, Height = 100 }, // too large
                new DocumentImage { Page = 1, Number = 2, Content = Png(200), Width = 10, Height = 10 },
                new DocumentImage { Page = 1, Number = 3, Content = Png(300), Width = 10, Height = 10 },
                new DocumentImage { Page = 1, Number = 4, Content = Png(400), Width = 10, Height = 10 }, // past the count
            ],
        };

        await classifier.ClassifyAsync("doc-images", document, [], CancellationToken.None);

        var body = Assert.Single(server.Requests).Body;
        var images = Assert.Single(server.Requests).Json["messages"]!.AsArray()
            .SelectMany(m => m!["content"] is System.Text.Json.Nodes.JsonArray parts ? parts : [])
            .Where(p => p!["type"]!.GetValue<string>() == "image_url")
            .Select(p => p!["image_url"]!["url"]!.GetValue<string>())
            .ToList();
        Assert.Equal([Convert.ToBase64String(Png(200)), Convert.ToBase64String(Png(300))], images.Select(u => u["data:image/png;base64,".Length..]));
        Assert.StartsWith("data:image/png;base64,", images[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Png(5_000)), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_option_no_image_is_sent()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r));
        await using var kit = new EngineKit(server.Endpoint);
        var classifier = kit.Services.GetRequiredService<IClassifier>();
        var document = new ExtractedDocument
        {
            Pages = [new PageText(1, "A page with a picture.")],
            PageCount = 1,
            MediaType = "application/pdf",
            Images = [new DocumentImage { Page = 1, Number = 1, Content = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4 }, Width = 10, Height = 10 }],
        };

        await classifier.ClassifyAsync("doc-no-images", document, [], CancellationToken.None);

        Assert.DoesNotContain("image_url", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_a_prompt_or_an_answer_is_logged_at_information_or_above()
    {
        const string answerWords = "Quarterly warehouse closure evidence";
        var logs = new CapturingLogs();
        await using var failing = await FakeChatServer.StartAsync(r => r.Number == 1 ? Reply.Error(503) : Reply.Answer(Verdicts.Of("Highly Sensitive", explanation: answerWords), r));
        await using var kit = new EngineKit(failing.Endpoint, logs: logs);

        await kit.ClassifyTextAsync(Documents.PersonnelRecord);
        await kit.ClassifyTextAsync(Documents.Memo);

        var loud = logs.Lines.Where(l => l.Level >= LogLevel.Information).Select(l => l.Message).ToList();
        Assert.Contains(loud, m => m.Contains("model call failed (http-503)", StringComparison.Ordinal)); // the fault itself is logged
        foreach (var words in new[] { answerWords, "Appleseed", "8741", "warehouse", "roadmap", "You classify one document" })
        {
            Assert.DoesNotContain(loud, m => m.Contains(words, StringComparison.OrdinalIgnoreCase));
        }
    }
}
