using BatchEngine.Classification;
using BatchEngine.DependencyInjection;
using BatchEngine.Detection;
using BatchEngine.Tests.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Classification;

/// <summary>The policy comes from configuration (appsettings.json in an app), bound with the standard binder.</summary>
public sealed class ConfigurationRulesTests
{
    private const string EmailLetter = "Dear customer, please reply to billing@example.com with your question. Kind regards, the billing team.";

    private static ClassificationOptions Bind(Dictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new ClassificationOptions();
        configuration.GetSection("BatchEngine:Classification").Bind(options);
        return options;
    }

    [Fact]
    public void A_signal_rule_from_configuration_changes_the_category()
    {
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(EmailLetter).FinalCategory);

        var options = Bind(new()
        {
            ["BatchEngine:Classification:SignalRules:0:Type"] = "PII:Email",
            ["BatchEngine:Classification:SignalRules:0:Category"] = "Confidential",
            ["BatchEngine:Classification:SignalRules:0:Reason"] = "a customer's email address",
        });
        var result = ClassifierHarness.Classify(EmailLetter, options);

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.StartsWith("Confidential: a customer's email address on page 1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_rule_from_configuration_changes_the_category_with_its_reason()
    {
        string text = "Kick-off notes for Project Falcon: the team meets on Monday. " + ClassifierHarness.PlainParagraph;
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(text).FinalCategory);

        var options = Bind(new()
        {
            ["BatchEngine:Classification:PhraseRules:0:Name"] = "Falcon",
            ["BatchEngine:Classification:PhraseRules:0:Phrases:0"] = "project falcon",
            ["BatchEngine:Classification:PhraseRules:0:Category"] = "HighlySensitive",
            ["BatchEngine:Classification:PhraseRules:0:Reason"] = "the code name of an unannounced acquisition",
        });
        var result = ClassifierHarness.Classify(text, options);

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("Falcon", result.SecondaryTags);
        Assert.Contains(result.RawSignals, s => s.Type == "Policy:Falcon" && s.Detector == "policy");
        Assert.StartsWith("Highly Sensitive: the code name of an unannounced acquisition on page 1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_from_configuration_change_review_and_evidence()
    {
        string text = "The number 536-22-8745 appears.";
        Assert.Equal(SensitivityCategory.HighlySensitive, ClassifierHarness.Classify(text).FinalCategory);

        var options = Bind(new() { ["BatchEngine:Classification:MinimumSignalConfidence"] = "0.7" });
        var result = ClassifierHarness.Classify(text, options);

        Assert.Equal(0.7, options.MinimumSignalConfidence);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("A weak hint stayed under the evidence threshold: a US Social Security number", result.Explanation);
    }

    [Fact]
    public void Document_kind_rules_from_configuration_change_the_default_policy()
    {
        const string sop = "Standard Operating Procedure SOP-114\nReceiving hazardous samples\n1. Check the papers. 2. Log the sample.";
        const string template = "Dear [Recipient Name],\nWe offer you [Position] at [Salary].";
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(sop).FinalCategory);
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(template).FinalCategory);

        var options = Bind(new()
        {
            ["BatchEngine:Classification:SignalRules:0:Type"] = "DocKind:SOP",
            ["BatchEngine:Classification:SignalRules:0:Category"] = "Confidential",
            ["BatchEngine:Classification:SignalRules:1:Type"] = "DocKind:Template",
            ["BatchEngine:Classification:SignalRules:1:Category"] = "Confidential",
            ["BatchEngine:Classification:SignalRules:1:Reason"] = "one of our own letter templates",
        });

        Assert.Equal(SensitivityCategory.Confidential, ClassifierHarness.Classify(sop, options).FinalCategory);
        var result = ClassifierHarness.Classify(template, options);
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.StartsWith("Confidential: one of our own letter templates on page 1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_and_account_thresholds_come_from_configuration()
    {
        const string statement = "Statement\n01-02 transfer GB82 WEST 1234 5698 7654 32 100.00\n02-02 transfer DE89 3704 0044 0532 0130 00 50.00\n03-02 transfer NL91 ABNA 0417 1643 00 20.00\n04-02 transfer BE68 5390 0754 7034 10.00\n05-02 transfer CH93 0076 2011 6238 5295 7 5.00";
        Assert.Equal(SensitivityCategory.HighlySensitive, ClassifierHarness.Classify(statement).FinalCategory);

        var options = Bind(new() { ["BatchEngine:Classification:AccountListMinimumNumbers"] = "0", ["BatchEngine:Classification:ContactClusterWindowCharacters"] = "300" });
        Assert.Equal(0, options.AccountListMinimumNumbers);
        Assert.Equal(300, options.ContactClusterWindowCharacters);
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(statement, options).FinalCategory);
        Assert.Contains("BatchEngine:Classification:AccountListMinimumNumbers must be 0 (off) or at least 2 (was 1).",
            new ClassificationOptionsValidator().Validate(null, new ClassificationOptions { AccountListMinimumNumbers = 1 }).Failures!);
    }

    [Fact]
    public void Built_in_rules_can_be_turned_off_from_configuration()
    {
        var options = Bind(new() { ["BatchEngine:Classification:UseBuiltInRules"] = "false" });
        var result = ClassifierHarness.Classify("SSN 536-22-8745, CONFIDENTIAL", options);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
    }

    [Fact]
    public async Task The_engine_picks_up_both_option_sections_through_dependency_injection()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BatchEngine:Detection:MaskSensitiveValues"] = "false",
            ["BatchEngine:Classification:SignalRules:0:Type"] = "PII:Email",
            ["BatchEngine:Classification:SignalRules:0:Category"] = "HighlySensitive",
        }).Build();
        var services = new ServiceCollection();
        services.AddBatchEngine()
            .ConfigureDetection(o => configuration.GetSection("BatchEngine:Detection").Bind(o))
            .ConfigureClassification(o => configuration.GetSection("BatchEngine:Classification").Bind(o));
        using var provider = services.BuildServiceProvider();

        var document = DetectorHarness.Document(EmailLetter);
        var signals = new List<DetectionSignal>();
        foreach (IDetector detector in provider.GetServices<IDetector>())
        {
            signals.AddRange(await detector.DetectAsync(document, CancellationToken.None));
        }

        var result = await provider.GetRequiredService<IClassifier>().ClassifyAsync("d", document, signals, CancellationToken.None);

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("billing@example.com", result.Citations[0].Snippet);
    }

    [Fact]
    public void Invalid_configuration_fails_with_a_clear_message()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewThreshold"] = "1.5",
            ["PhraseRules:0:Name"] = "has space",
            ["PhraseRules:0:Phrases:0"] = "secret project",
        }).Build();
        var services = new ServiceCollection();
        services.AddBatchEngine().ConfigureClassification(o => configuration.Bind(o));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClassificationOptions>>().Value);
        Assert.Contains("BatchEngine:Classification:ReviewThreshold must be between 0 and 1 (was 1.5).", error.Failures);
        Assert.Contains(error.Failures, f => f.Contains("BatchEngine:Classification:PhraseRules:0:Name must be a short name without spaces", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("BatchEngine:Classification:PhraseRules:0:Reason must say in plain words", StringComparison.Ordinal));
    }
}
