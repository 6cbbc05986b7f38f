using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Support;

/// <summary>Turns a <see cref="SampleHostFactory"/> into a real Kestrel on a free loopback port and makes clients for it.</summary>
internal static class KestrelClients
{
    /// <summary>Starts Kestrel (once) and returns its address.</summary>
    public static Uri Start(SampleHostFactory host)
    {
        // Listening is set on Kestrel itself, not through UseKestrel(port): that one rewrites the server's addresses
        // after the app has begun binding them and races with it ("Addresses cannot be modified after the server
        // has started", a known WebApplicationFactory race). Same address: 127.0.0.1, the given port.
        host.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        host.StartServer();
        return host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a))
            .First();
    }

    /// <summary>A client of the running server, sending <paramref name="user"/> as the test user (none: anonymous).</summary>
    public static HttpClient Client(Uri address, string? user = null, string? role = null)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthentication.UserHeader, user);
        }

        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthentication.RoleHeader, role);
        }

        return client;
    }
}
