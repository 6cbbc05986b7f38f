using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Ownership;

/// <summary>
/// The default <see cref="IJobOwnerResolver"/>: an authenticated user's name identifier claim (its name when it has
/// none); no owner when the caller is anonymous, so an app without authentication needs nothing more.
/// </summary>
public sealed class ClaimsJobOwnerResolver : IJobOwnerResolver
{
    /// <summary>The one instance (the resolver keeps no state).</summary>
    public static readonly ClaimsJobOwnerResolver Instance = new();

    /// <inheritdoc />
    public string? GetOwner(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        return user.Identity?.IsAuthenticated == true
            ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name
            : null;
    }
}
