using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Protocolwacht.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry metrics, traces and logs, exported over OTLP only when an endpoint is configured
/// (<c>OpenTelemetry:OtlpEndpoint</c>, HTTP/protobuf unless <c>OpenTelemetry:OtlpProtocol</c> says grpc; or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> with its companion variables). Off by default: then the SDK is not added at all,
/// so requests pay nothing for it, and the app's own instruments (<see cref="AppTelemetry.Prefix"/>) can still be read
/// with <c>dotnet-counters</c>. The instruments themselves live with their feature (Checks/CheckMetrics,
/// Publishing/PublishingMetrics, Notifications/MailMetrics, Advice/AdviceMetrics).
/// </summary>
public static class TelemetryFeature
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<GaugeRegistration>();
        var configured = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        var standard = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(configured) && string.IsNullOrWhiteSpace(standard))
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OpenTelemetry:ServiceName"] ?? "protocolwacht"))
            .WithMetrics(metrics => metrics
                .AddMeter(AppTelemetry.Prefix + "*")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter("System.Runtime"))
            .WithTracing(tracing => tracing
                .AddSource(AppTelemetry.Prefix + "*")
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var protocol = string.Equals(builder.Configuration["OpenTelemetry:OtlpProtocol"], "grpc", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.Grpc
                : OtlpExportProtocol.HttpProtobuf;
            otel.UseOtlpExporter(protocol, new Uri(configured));
        }
        else
        {
            otel.UseOtlpExporter(); // reads OTEL_EXPORTER_OTLP_* as the specification describes
        }

        return builder;
    }
}
