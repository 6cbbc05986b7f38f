namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// A fresh id for one store operation: a retried script sends the same one, so the script can tell a retry of
/// its own first try (whose answer was lost) from a new request. Random, not an id a test pins.
/// </summary>
internal static class OperationIds
{
#pragma warning disable RS0030 // a random token, not a job or document id
    public static string New() => Guid.NewGuid().ToString("N");
#pragma warning restore RS0030
}
