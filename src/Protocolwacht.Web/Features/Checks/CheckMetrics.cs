using System.Diagnostics;
using System.Diagnostics.Metrics;
using Protocolwacht.Checks;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The check's instruments: <c>protocolwacht.checks</c> (checks per verdict) and <c>protocolwacht.check.duration</c>
/// (seconds per check, per verdict), and a <c>protocolwacht.check</c> span. Every check in the app goes through
/// <see cref="Measure"/> (composer, live check, workflow steps, publication, batch API). Static, like the check it
/// measures: a meter nobody listens to costs a flag test. The only attribute is the verdict: never text or a person.
/// </summary>
public static class CheckMetrics
{
    public const string MeterName = AppTelemetry.Prefix + "Checks";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ActivitySource Source = new(MeterName);

    private static readonly Counter<long> Checks = Meter.CreateCounter<long>(
        "protocolwacht.checks", "{check}", "Protocol checks, by verdict.");

    // Buckets for a check that should take well under 100 ms (the live check's target).
    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "protocolwacht.check.duration", "s", "How long one protocol check took, by verdict.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    /// <summary>Runs <paramref name="check"/> and records its verdict and duration.</summary>
    public static CheckResult Measure(Func<CheckResult> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        using var activity = Source.StartActivity("protocolwacht.check");
        // A duration, not a moment: the monotonic stopwatch, so a fake clock in tests does not make it zero.
        var started = Stopwatch.GetTimestamp();
        var result = check();
        var verdict = new KeyValuePair<string, object?>("verdict", result.Verdict.ToCode());
        Checks.Add(1, verdict);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, verdict);
        activity?.SetTag("verdict", result.Verdict.ToCode());
        return result;
    }
}
