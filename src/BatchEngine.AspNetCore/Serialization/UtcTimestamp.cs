namespace BatchEngine.AspNetCore.Serialization;

/// <summary>
/// Timestamps go out as ISO 8601 in UTC with a trailing <c>Z</c>, whatever offset a store kept, cut to whole
/// microseconds: six fractional digits are what most ISO parsers (Python's datetime among them) accept.
/// </summary>
internal static class UtcTimestamp
{
    public static DateTime From(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
    }
}
