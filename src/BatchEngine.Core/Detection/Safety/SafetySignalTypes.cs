namespace BatchEngine.Detection.Safety;

/// <summary>The signal types the unsafe-content detector writes (the names shared with the policy's rule book).</summary>
internal static class SafetySignalTypes
{
    public const string Hate = "Unsafe:Hate";
    public const string Threat = "Unsafe:Threat";
    public const string Violence = "Unsafe:Violence";
    public const string SelfHarm = "Unsafe:SelfHarm";
    public const string Extremism = "Unsafe:Extremism";
    public const string Weapons = "Unsafe:Weapons";

    public static string Of(SafetyCategory category) => category switch
    {
        SafetyCategory.Hate => Hate,
        SafetyCategory.Threat => Threat,
        SafetyCategory.Violence => Violence,
        SafetyCategory.SelfHarm => SelfHarm,
        SafetyCategory.Extremism => Extremism,
        SafetyCategory.Weapons => Weapons,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
