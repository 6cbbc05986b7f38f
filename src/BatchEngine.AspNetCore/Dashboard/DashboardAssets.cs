using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BatchEngine.AspNetCore.Dashboard;

/// <summary>
/// The dashboard's page, script and styles, embedded in this assembly under <c>Dashboard/Assets</c> (see the
/// project file), read once. Only those names are served: a request can never reach the file system.
/// </summary>
internal sealed class DashboardAssets
{
    private const string ResourcePrefix = "BatchEngine.Dashboard/";
    private const string PageName = "index.html";

    private static readonly Lazy<DashboardAssets> Shared = new(Read);

    private readonly IReadOnlyDictionary<string, DashboardAsset> _files;

    private DashboardAssets(IReadOnlyDictionary<string, DashboardAsset> files) => _files = files;

    public DashboardAsset Page => _files[PageName];

    public static DashboardAssets Load() => Shared.Value;

    public IResult Serve(string name, HttpContext context)
    {
        if (name == PageName || !_files.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        DashboardHeaders.Apply(context.Response);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static DashboardAssets Read()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(resource => ReadOne(assembly, resource))
            .ToDictionary(asset => asset.Name, StringComparer.Ordinal);
        if (!files.ContainsKey(PageName))
        {
            throw new InvalidOperationException($"The dashboard's {PageName} is missing from {assembly.GetName().Name}.");
        }

        return new DashboardAssets(files);
    }

    private static DashboardAsset ReadOne(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        var name = resource[ResourcePrefix.Length..];
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"").ToString();
        return new DashboardAsset(name, ContentTypeOf(name), content, etag);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
