namespace BatchEngine.AspNetCore.Jobs;

/// <summary>The <c>limit</c> and <c>offset</c> query parameters of a listing, with a problem naming a bad one.</summary>
internal static class PagingQuery
{
    /// <summary>Parses both; an absent one takes its default. False (with the problem's detail) for a bad value.</summary>
    public static bool TryParse(string? limit, string? offset, int defaultLimit, int maxLimit, out int parsedLimit, out int parsedOffset, out string? error)
    {
        error = null;
        parsedOffset = 0;
        parsedLimit = defaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, out parsedLimit) || parsedLimit < 1 || parsedLimit > maxLimit))
        {
            error = $"limit must be a whole number from 1 to {maxLimit}.";
            return false;
        }

        if (!string.IsNullOrEmpty(offset) && (!int.TryParse(offset, out parsedOffset) || parsedOffset < 0))
        {
            error = "offset must be a whole number, 0 or more.";
            return false;
        }

        return true;
    }
}
