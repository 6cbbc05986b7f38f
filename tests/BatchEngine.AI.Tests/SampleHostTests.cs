using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BatchEngine.AI.Tests.Support;
using BatchEngine.Classification;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.AI.Tests;

/// <summary>The sample host adds the model from configuration alone, and runs the rules only without it.</summary>
public sealed class SampleHostTests
{
    [Fact]
    public async Task The_sample_host_adds_the_model_and_its_check_from_configuration_alone()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r, "configured-model"));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive"), r, "configured-check"));
        await using var host = Host(new()
        {
            ["BatchEngine:AI:Endpoint"] = first.Endpoint.ToString(),
            ["BatchEngine:AI:Model"] = "configured-model",
            ["BatchEngine:AI:ApiKey"] = "key-from-the-environment",
            ["BatchEngine:AI:MaxCharactersPerPage"] = "2000",
            ["BatchEngine:AI:Check:Endpoint"] = second.Endpoint.ToString(),
            ["BatchEngine:AI:Check:Model"] = "configured-check",
        });
        using var http = host.CreateClient();

        var classification = await ClassifyAsync(http, Documents.PersonnelRecord);

        Assert.Equal("Highly Sensitive", classification["final_category"]!.GetValue<string>());
        var answers = classification["model_answers"]!.AsArray();
        Assert.Equal(["configured-model", "configured-check"], answers.Select(a => a!["model"]!.GetValue<string>()));
        var request = Assert.Single(first.Requests);
        Assert.Equal("configured-model", request.Json["model"]!.GetValue<string>());
        Assert.Equal(2000, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ChatClassifierOptions>>().Value.MaxCharactersPerPage);
    }

    [Fact]
    public async Task Without_the_section_the_sample_host_runs_the_rules_only()
    {
        await using var host = Host([]);
        using var http = host.CreateClient();

        var classification = await ClassifyAsync(http, Documents.PersonnelRecord);

        Assert.Equal("Highly Sensitive", classification["final_category"]!.GetValue<string>());
        Assert.Empty(classification["model_answers"]!.AsArray());
        Assert.DoesNotContain("ChatClassifier", host.Services.GetRequiredService<IClassifier>().GetType().Name, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Host(Dictionary<string, string> settings) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        b.UseSetting("BatchEngine:Isolation:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            b.UseSetting(key, value);
        }
    });

    private static async Task<JsonNode> ClassifyAsync(HttpClient http, string text)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "record.txt");
        using var response = await http.PostAsync("/classify", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["classification"]!;
    }
}
