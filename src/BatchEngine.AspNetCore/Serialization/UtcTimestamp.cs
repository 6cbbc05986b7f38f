namespace BatchEngine.AspNetCore.Serialization;

/// <summary>Timestamps go out as ISO 8601 in UTC with a trailing <c>Z</c>, whatever offset a store kept.</summary>
internal static class UtcTimestamp
{
    public static DateTime From(DateTimeOffset value) => DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc);
}
