using System.Net;
using System.Net.Sockets;

namespace Protocolwacht.TestSupport.Platforms;

public static class ClosedPort
{
    /// <summary>A loopback URL where nothing listens: the port was free a moment ago and is closed again.</summary>
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
