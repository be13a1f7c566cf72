namespace Protocolwacht.Web.Infrastructure.Telemetry;

/// <summary>
/// The names the app's meters and activity sources share, so the exporter subscribes to all of them with one
/// wildcard. Attributes carry states and kinds only (verdict, outcome, channel), never a person, a pupil or text.
/// </summary>
public static class AppTelemetry
{
    public const string Prefix = "Protocolwacht.";
}
