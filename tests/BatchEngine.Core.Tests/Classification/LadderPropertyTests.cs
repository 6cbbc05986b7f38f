using BatchEngine.Classification;
using BatchEngine.Detection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BatchEngine.Tests.Classification;

/// <summary>Any mix of signals the detectors can produce.</summary>
public sealed record SignalMix(IReadOnlyList<DetectionSignal> Signals)
{
    public override string ToString() => string.Join(", ", Signals.Select(s => $"{s.Type}@{s.Confidence}"));
}

public static class SignalMixGenerator
{
    /// <summary>The policy as a table, written independently of the classifier's rules; null decides nothing.</summary>
    public static readonly IReadOnlyDictionary<string, SensitivityCategory?> Expected = new Dictionary<string, SensitivityCategory?>
    {
        ["PII:SSN"] = SensitivityCategory.HighlySensitive,
        ["PII:CreditCard"] = SensitivityCategory.HighlySensitive,
        ["PII:Passport"] = SensitivityCategory.HighlySensitive,
        ["PII:DateOfBirth"] = SensitivityCategory.Confidential,
        ["PII:Email"] = null,
        ["Secret:PrivateKey"] = SensitivityCategory.HighlySensitive,
        ["Secret:ApiToken"] = SensitivityCategory.HighlySensitive,
        ["Marker:Confidential"] = SensitivityCategory.Confidential,
        ["Marker:ExportControl"] = SensitivityCategory.HighlySensitive,
        ["Marker:PublicRelease"] = SensitivityCategory.Public,
        ["DocKind:Memo"] = SensitivityCategory.Confidential,
        ["DocKind:Minutes"] = SensitivityCategory.Confidential,
        ["Unsafe:Violence"] = SensitivityCategory.Unsafe,
        ["Unsafe:Weapons"] = SensitivityCategory.Unsafe,
        ["Unsafe:HateSpeech"] = SensitivityCategory.Unsafe,
        ["Custom:Unknown"] = null,
    };

    public static Arbitrary<SignalMix> Mixes() =>
        Gen.ListOf(
                from type in Gen.Elements(Expected.Keys.ToArray())
                from confidence in Gen.Choose(0, 100)
                from page in Gen.Choose(1, 5)
                from start in Gen.Choose(0, 5000)
                select new DetectionSignal
                {
                    Detector = "test",
                    Type = type,
                    Page = page,
                    Confidence = confidence / 100.0,
                    Start = start,
                    Length = 4,
                    Snippet = "…masked…",
                })
            .Select(list => new SignalMix(list.ToList()))
            .ToArbitrary();
}

[Properties(Arbitrary = [typeof(SignalMixGenerator)], MaxTest = 500)]
public sealed class LadderPropertyTests
{
    private const double Threshold = 0.5;

    [Property]
    public void The_ladder_and_the_unsafe_flag_hold_for_every_mix(SignalMix mix)
    {
        var counted = mix.Signals.Where(s => s.Confidence >= Threshold).Select(s => SignalMixGenerator.Expected[s.Type]).ToList();
        bool isUnsafe = counted.Contains(SensitivityCategory.Unsafe);
        SensitivityCategory ladder = counted.Contains(SensitivityCategory.HighlySensitive) ? SensitivityCategory.HighlySensitive
            : counted.Contains(SensitivityCategory.Confidential) ? SensitivityCategory.Confidential
            : SensitivityCategory.Public;

        var result = ClassifierHarness.ClassifySignals(mix.Signals, text: ClassifierHarness.PlainParagraph);

        Assert.Equal(isUnsafe ? SensitivityCategory.Unsafe : ladder, result.FinalCategory);
        Assert.Equal(isUnsafe, result.ContentSafety.IsUnsafe);
        Assert.InRange(result.Confidence, 0.0, 1.0);
        Assert.InRange(result.Citations.Count, 0, 5);
        Assert.Equal(mix.Signals.Count, result.RawSignals.Count);
        if (isUnsafe)
        {
            Assert.True(result.RequiresReview);
            Assert.Contains("Safety-Risk", result.SecondaryTags);
        }

        bool conflict = ladder != SensitivityCategory.Public && counted.Contains(SensitivityCategory.Public);
        if (conflict || result.Confidence < 0.6)
        {
            Assert.True(result.RequiresReview);
        }

        if (result.FinalCategory != SensitivityCategory.Public)
        {
            Assert.NotEmpty(result.Citations);
            Assert.StartsWith(result.FinalCategory == SensitivityCategory.HighlySensitive ? "Highly Sensitive: " : $"{result.FinalCategory}: ", result.Explanation, StringComparison.Ordinal);
        }
    }

    [Property]
    public void Adding_evidence_never_lowers_the_category(SignalMix mix, SignalMix more)
    {
        var before = ClassifierHarness.ClassifySignals(mix.Signals, text: ClassifierHarness.PlainParagraph);
        var after = ClassifierHarness.ClassifySignals([.. mix.Signals, .. more.Signals], text: ClassifierHarness.PlainParagraph);
        Assert.True(Rank(after.FinalCategory) >= Rank(before.FinalCategory), $"{before.FinalCategory} -> {after.FinalCategory}");
    }

    private static int Rank(SensitivityCategory category) => category switch
    {
        SensitivityCategory.Unsafe => 3,
        SensitivityCategory.HighlySensitive => 2,
        SensitivityCategory.Confidential => 1,
        _ => 0,
    };
}
