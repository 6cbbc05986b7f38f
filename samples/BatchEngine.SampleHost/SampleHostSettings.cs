using System.Globalization;

namespace BatchEngine.SampleHost;

/// <summary>The sample host's own settings: where it listens and which store it uses.</summary>
internal static class SampleHostSettings
{
    public const string EngineSection = "BatchEngine";

    public const string HttpSection = "BatchEngine:Http";

    public const string StoreKey = "BatchEngine:Store";

    public const string InMemoryStore = "InMemory";

    public const string RedisStore = "Redis";

    /// <summary>The configured store name; <see cref="InMemoryStore"/> when none is set.</summary>
    public static string Store(IConfiguration configuration) =>
        configuration[StoreKey] is { Length: > 0 } store ? store : InMemoryStore;

    /// <summary>"Port" (when set) listens on http://localhost:{Port}, replacing "Urls".</summary>
    public static void ApplyPort(WebApplicationBuilder builder)
    {
        if (builder.Configuration["Port"] is not { Length: > 0 } port)
        {
            return;
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
        {
            throw new InvalidOperationException($"Port '{port}' is not a TCP port number.");
        }

        builder.WebHost.UseUrls($"http://localhost:{number}");
    }
}
