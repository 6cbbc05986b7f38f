using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Support;

/// <summary>The sample host on a real Kestrel listening on a loopback port (0: any free one).</summary>
internal static class KestrelSampleHost
{
    public static (SampleHostFactory Host, Uri BaseAddress) Start(SampleHostFactory host, int port = 0)
    {
        // Listening is set on Kestrel itself, not through UseKestrel(port): that one rewrites the server's addresses
        // after the app has begun binding them and races with it ("Addresses cannot be modified after the server
        // has started", a known WebApplicationFactory race). Same address: 127.0.0.1, the given port.
        host.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a))
            .First();
        // Clients connect to "localhost" as the reference's examples do; Kestrel's port-only listener serves every loopback name.
        return (host, new UriBuilder(address) { Host = "localhost" }.Uri);
    }

    /// <summary>True when nothing listens on <paramref name="port"/> on the IPv4 loopback yet.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            probe.Start();
            probe.Stop();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
