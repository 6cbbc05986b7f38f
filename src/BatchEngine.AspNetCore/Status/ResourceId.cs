namespace BatchEngine.AspNetCore.Status;

/// <summary>
/// Job and document ids are GUIDs in their "D" form (what the engine hands out); anything else, braced or
/// parenthesised GUIDs included, is answered 404 before the store is asked, so a malformed id can never reach a
/// store's key space (or a content folder's file names) or turn into a 500.
/// </summary>
internal static class ResourceId
{
    public static bool IsWellFormed(string? id) => id is { Length: 36 } && Guid.TryParseExact(id, "D", out _);
}
