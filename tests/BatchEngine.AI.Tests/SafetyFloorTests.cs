using BatchEngine.AI.Decision;
using BatchEngine.Classification;

namespace BatchEngine.AI.Tests;

/// <summary>The floor's whole table: up always, down only when allowed, Unsafe never.</summary>
public sealed class SafetyFloorTests
{
    [Theory]
    [InlineData(SensitivityCategory.Public, SensitivityCategory.Confidential, false, SensitivityCategory.Confidential)]
    [InlineData(SensitivityCategory.HighlySensitive, SensitivityCategory.Public, false, SensitivityCategory.HighlySensitive)]
    [InlineData(SensitivityCategory.HighlySensitive, SensitivityCategory.Public, true, SensitivityCategory.Public)]
    [InlineData(SensitivityCategory.Unsafe, SensitivityCategory.Public, true, SensitivityCategory.Unsafe)]
    [InlineData(SensitivityCategory.Unsafe, SensitivityCategory.HighlySensitive, true, SensitivityCategory.Unsafe)]
    [InlineData(SensitivityCategory.Confidential, SensitivityCategory.Unsafe, false, SensitivityCategory.Unsafe)]
    public void The_floor_moves_the_rules_category_only_as_allowed(SensitivityCategory rules, SensitivityCategory model, bool allowLowering, SensitivityCategory expected) =>
        Assert.Equal(expected, SafetyFloor.Apply(rules, model, allowLowering).Final);
}
