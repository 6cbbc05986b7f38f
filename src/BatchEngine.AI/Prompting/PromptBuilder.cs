using BatchEngine.Serialization;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BatchEngine.AI.Answers;
using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Reading;
using Microsoft.Extensions.AI;

namespace BatchEngine.AI.Prompting;

/// <summary>
/// Builds the messages of both calls: the instructions (a prompt option, with the policy), then one user message
/// with the rules' answer, their signals and masked citations, the pages' text within the caps, and the images when
/// the model accepts them. The check call adds the first model's answer.
/// </summary>
internal sealed class PromptBuilder(ChatClassifierOptions options)
{
    private readonly ChatClassifierPrompts _prompts = options.Prompts;

    public List<ChatMessage> Classify(ExtractedDocument document, ClassificationResult rules, IReadOnlyList<DetectionSignal> signals) =>
    [
        new(ChatRole.System, Instructions(_prompts.Classify)),
        new(ChatRole.User, Evidence(document, rules, signals, check: null)),
    ];

    public List<ChatMessage> Check(ExtractedDocument document, ClassificationResult rules, IReadOnlyList<DetectionSignal> signals, ModelVerdict first) =>
    [
        new(ChatRole.System, Instructions(_prompts.Check)),
        new(ChatRole.User, Evidence(document, rules, signals, first)),
    ];

    private string Instructions(string prompt) => prompt.Replace("{policy}", _prompts.Policy, StringComparison.Ordinal);

    private List<AIContent> Evidence(ExtractedDocument document, ClassificationResult rules, IReadOnlyList<DetectionSignal> signals, ModelVerdict? check)
    {
        var raw = options.SendRawText;
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"Document: {document.PageCount} page(s), {document.Pages.Count} read, {document.ImageCount} image(s)")
            .Append(document.Truncated ? ", reading was cut short by a limit" : string.Empty).AppendLine(".");
        text.Append(inv, $"Rules' answer: {WireWords.Of(rules.FinalCategory)} (confidence {rules.Confidence:0.00}). ")
            .AppendLine(ModelText.Other(rules.Explanation, raw));

        var listed = signals.OrderByDescending(s => s.Confidence).ThenBy(s => s.Page).Take(options.MaxSignals).ToList();
        text.AppendLine(inv, $"Rules' signals ({listed.Count} of {signals.Count}, strongest first):");
        foreach (var signal in listed)
        {
            text.Append(inv, $"- page {signal.Page}, {signal.Type} ({signal.Confidence:0.00}): ").AppendLine(ModelText.Other(signal.Snippet, raw));
        }

        text.AppendLine("Rules' citations:");
        foreach (var citation in rules.Citations)
        {
            text.Append(inv, $"- page {citation.Page}, {citation.Source}: ").AppendLine(ModelText.Other(citation.Snippet, raw));
        }

        AppendPages(text, document, signals, raw);
        if (check is not null)
        {
            text.AppendLine("The answer to check:").AppendLine(JsonSerializer.Serialize(check, AnswerJsonContext.Default.ModelVerdict));
        }

        List<AIContent> contents = [new TextContent(text.ToString())];
        if (options.SendImages)
        {
            contents.AddRange(Images(document));
        }

        return contents;
    }

    private void AppendPages(StringBuilder text, ExtractedDocument document, IReadOnlyList<DetectionSignal> signals, bool raw)
    {
        var left = options.MaxCharactersPerDocument;
        text.AppendLine("Pages:");
        foreach (var page in document.Pages)
        {
            if (left <= 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"[pages from {page.Number} on were not sent: ChatClassifierOptions.MaxCharactersPerDocument]");
                break;
            }

            var cap = Math.Min(options.MaxCharactersPerPage, left);
            var sent = ModelText.Page(page.Text, page.Number, signals, cap, raw);
            left -= sent.Length;
            text.AppendLine(CultureInfo.InvariantCulture, $"=== Page {page.Number} ===").AppendLine(sent);
            if (page.Text.Length > sent.Length && sent.Length == cap)
            {
                text.AppendLine("[the rest of this page was not sent]");
            }
        }
    }

    private IEnumerable<AIContent> Images(ExtractedDocument document) => document.Images
        .Where(i => i.Content.Length <= options.MaxImageBytes)
        .Select(i => (Image: i, MediaType: MediaTypeOf(i.Content.Span)))
        .Where(i => i.MediaType is not null)
        .Take(options.MaxImages)
        .Select(i => (AIContent)new DataContent(i.Image.Content, i.MediaType!));

    /// <summary>The formats chat models take; others (TIFF, BMP, JPEG 2000) are not sent.</summary>
    internal static string? MediaTypeOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
