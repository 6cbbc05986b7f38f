using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Dashboard;

/// <summary>
/// The dashboard's one HTML page. Its assets are linked relatively, so the page must be addressed with a
/// trailing slash (<c>/dashboard/</c>): <c>/dashboard</c> redirects there. The API's base path (the app's
/// path base plus the prefix given to <c>MapBatchEndpoints</c>) is written into a meta element, attribute-encoded.
/// </summary>
internal sealed class DashboardPage(DashboardAsset page, string apiPrefix)
{
    private const string ApiBasePlaceholder = "{{api-base}}";

    private readonly string _template = Encoding.UTF8.GetString(page.Content);

    public IResult Serve(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.HasValue || !request.Path.Value.EndsWith('/'))
        {
            return Results.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
        }

        DashboardHeaders.Apply(context.Response);
        context.Response.Headers.CacheControl = "no-store";
        var apiBase = HtmlEncoder.Default.Encode($"{request.PathBase}{apiPrefix}");
        return Results.Content(_template.Replace(ApiBasePlaceholder, apiBase, StringComparison.Ordinal), page.ContentType);
    }
}
