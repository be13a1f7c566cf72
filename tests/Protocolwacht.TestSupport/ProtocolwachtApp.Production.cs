namespace Protocolwacht.TestSupport;

public sealed partial class ProtocolwachtApp
{
    // Deleted with the app, not at its start: a second instance (StartSecondInstanceAsync) copies the settings and
    // reads the same file when it starts.
    private TestCertificate? _keyCertificate;

    /// <summary>
    /// Starts the app as Production, as a real deployment runs: outside Development the app refuses to start unless a
    /// certificate encrypts its Data Protection keys (<c>KeyRingFeature</c>), so this app gets a certificate of its own
    /// (<see cref="TestCertificate.ProtectedKeyFolder"/>), deleted when the app is disposed. Nobody has the demo password
    /// there (<see cref="SetPasswordAsync"/>). <paramref name="configure"/> runs after, for the database or a setting.
    /// </summary>
    public static async Task<ProtocolwachtApp> StartInProductionAsync(Action<ProtocolwachtAppOptions>? configure = null)
    {
        var certificate = TestCertificate.Create();
        try
        {
            var app = await StartAsync(o =>
            {
                o.Environment = "Production";
                certificate.ProtectedKeyFolder(o.Settings);
                configure?.Invoke(o);
            });
            app._keyCertificate = certificate;
            return app;
        }
        catch
        {
            certificate.Dispose();
            throw;
        }
    }
}
