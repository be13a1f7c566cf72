namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// Tests that read what the app exports over OpenTelemetry run alone. A MeterProvider listens process-wide by meter
/// name, so another test's app running alongside publishes instruments of the same names (its own
/// <c>Protocolwacht.Publishing</c> meter) into the same provider; when that app is disposed its instruments end and,
/// seen twice in CI under load, the publication counter of the app under test never reached the receiver although
/// the delivery was published.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetryCollection
{
    public const string Name = "Process-wide telemetry";
}
