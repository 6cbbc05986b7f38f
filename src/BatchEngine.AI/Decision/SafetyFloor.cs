using BatchEngine.Classification;

namespace BatchEngine.AI.Decision;

/// <summary>
/// How far the model may move the rules' category: up always; down only when
/// <see cref="ChatClassifierOptions.AllowLoweringRulesCategory"/> allows it; never away from Unsafe.
/// </summary>
internal static class SafetyFloor
{
    public static int Rank(SensitivityCategory category) => category switch
    {
        SensitivityCategory.Public => 0,
        SensitivityCategory.Confidential => 1,
        SensitivityCategory.HighlySensitive => 2,
        _ => 3,
    };

    public static SensitivityCategory MoreRestrictive(SensitivityCategory a, SensitivityCategory b) => Rank(a) >= Rank(b) ? a : b;

    public static FloorOutcome Apply(SensitivityCategory rules, SensitivityCategory model, bool allowLowering)
    {
        if (Rank(model) > Rank(rules))
        {
            return new FloorOutcome(model, FloorMove.Raised);
        }

        if (Rank(model) == Rank(rules))
        {
            return new FloorOutcome(rules, FloorMove.Same);
        }

        return allowLowering && rules != SensitivityCategory.Unsafe
            ? new FloorOutcome(model, FloorMove.Lowered)
            : new FloorOutcome(rules, FloorMove.LoweringRefused);
    }
}

internal enum FloorMove
{
    Same,
    Raised,
    Lowered,
    LoweringRefused,
}

internal readonly record struct FloorOutcome(SensitivityCategory Final, FloorMove Move);
