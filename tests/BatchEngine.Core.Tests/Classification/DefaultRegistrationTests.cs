using BatchEngine.Classification;
using BatchEngine.Classification.Policy;
using BatchEngine.DependencyInjection;
using BatchEngine.Detection;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Classification;

public sealed class DefaultRegistrationTests
{
    [Fact]
    public void AddBatchEngine_registers_the_default_detectors_and_the_policy_classifier()
    {
        var services = new ServiceCollection();
        services.AddBatchEngine();
        using var provider = services.BuildServiceProvider();

        var names = provider.GetServices<IDetector>().Select(d => d.Name).ToArray();
        Assert.Equal(
            [
                "ssn", "payment-card", "email", "phone", "iban", "date-of-birth", "postal-address",
                "itin", "bank-routing", "bank-account", "passport", "drivers-license", "uk-nino", "ca-sin",
                "ip-address", "crypto-wallet", "person-name", "secrets", "markers", "document-kinds", "unsafe-content", "review",
                "policy", // the phrase rules' detector, registered with the default classifier (finds nothing without rules)
            ],
            names);
        Assert.IsType<PolicyClassifier>(provider.GetRequiredService<IClassifier>());
    }

    [Fact]
    public void AddDetector_extends_and_AddClassifier_replaces_the_defaults()
    {
        var services = new ServiceCollection();
        services.AddBatchEngine().AddDetector<KeywordDetector>().AddClassifier<AlwaysPublicClassifier>();
        using var provider = services.BuildServiceProvider();

        var defaults = new ServiceCollection();
        defaults.AddBatchEngine();
        using var defaultProvider = defaults.BuildServiceProvider();
        Assert.Equal(defaultProvider.GetServices<IDetector>().Count() + 1, provider.GetServices<IDetector>().Count());
        Assert.Contains(provider.GetServices<IDetector>(), d => d is KeywordDetector);
        Assert.IsType<AlwaysPublicClassifier>(provider.GetRequiredService<IClassifier>());
    }

    private sealed class KeywordDetector : IDetector
    {
        public string Name => "keyword";

        public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<DetectionSignal>>([]);
    }

    private sealed class AlwaysPublicClassifier : IClassifier
    {
        public ValueTask<ClassificationResult> ClassifyAsync(string docId, ExtractedDocument document, IReadOnlyList<DetectionSignal> signals, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new ClassificationResult
            {
                DocId = docId,
                FinalCategory = SensitivityCategory.Public,
                Confidence = 1,
                Explanation = "always public",
                ContentSafety = new ContentSafety { IsUnsafe = false },
            });
    }
}
