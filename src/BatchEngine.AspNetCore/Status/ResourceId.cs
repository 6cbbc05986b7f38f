namespace BatchEngine.AspNetCore.Status;

/// <summary>
/// Job and document ids are GUIDs; anything else is answered 404 before the store is asked, so a malformed
/// id can never reach a store's key space or turn into a 500.
/// </summary>
internal static class ResourceId
{
    public static bool IsWellFormed(string? id) => id is { Length: <= 64 } && Guid.TryParse(id, out _);
}
