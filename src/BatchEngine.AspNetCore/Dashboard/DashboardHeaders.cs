using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Dashboard;

/// <summary>
/// The security headers every dashboard response carries. The policy allows this origin's own script,
/// styles and API calls and nothing else: no inline script, no <c>eval</c>, no inline style attributes,
/// no plug-ins, no framing. The scripts write every user-supplied string as text, never as markup, so
/// the policy is a second wall, not the only one.
/// </summary>
internal static class DashboardHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
