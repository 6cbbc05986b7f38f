namespace BatchEngine.Detection.Pii.Phones;

/// <summary>The regions whose national number formats are tried when <see cref="DetectionOptions.PhoneRegions"/> is empty.</summary>
internal static class DefaultPhoneRegions
{
    public static readonly IReadOnlyList<string> All =
    [
        "US", "CA", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "AU", "IN", "BR", "MX", "IL", "JP",
    ];
}
