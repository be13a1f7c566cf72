using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Protocolwacht.Web.Infrastructure.Health;

/// <summary>
/// ASP.NET Core health checks behind three endpoints. <c>/health/live</c>: the process answers (no checks,
/// so a slow database never gets a live instance restarted). <c>/health/ready</c>: every check (database
/// and migrations, this instance's publisher and mail loops, outbox and mail lag). <c>/health</c>: the same
/// as ready, for monitors set up before the split. Healthy and Degraded answer 200, Unhealthy 503; the JSON
/// holds states, counts and ages only, never personal data. Features add their own checks with
/// <see cref="ReadyTag"/> (Publishing: outbox lag, Notifications: mail lag).
/// </summary>
public static class HealthApi
{
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration("Health");
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<BackgroundLoopsHealthCheck>("background-loops", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", (HealthCheckService checks, CancellationToken cancellationToken) => CheckAsync(checks, _ => false, cancellationToken))
            .WithName("HealthLive")
            .WithSummary("Is the process up? Runs no checks.")
            .WithTags("Health")
            .AllowAnonymous();
        app.MapGet("/health/ready", (HealthCheckService checks, CancellationToken cancellationToken) => CheckAsync(checks, IsReadiness, cancellationToken))
            .WithName("HealthReady")
            .WithSummary("Can this instance do its work: database, migrations, background loops, outbox and mail lag?")
            .WithTags("Health")
            .AllowAnonymous();
        app.MapGet("/health", (HealthCheckService checks, CancellationToken cancellationToken) => CheckAsync(checks, IsReadiness, cancellationToken))
            .WithName("Health")
            .WithSummary("The same as /health/ready.")
            .WithTags("Health")
            .AllowAnonymous();
        return app;
    }

    private static bool IsReadiness(HealthCheckRegistration registration) => registration.Tags.Contains(ReadyTag);

    internal static async Task<Results<Ok<HealthStatusReport>, JsonHttpResult<HealthStatusReport>>> CheckAsync(
        HealthCheckService checks, Func<HealthCheckRegistration, bool> predicate, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(predicate, cancellationToken);
        var result = new HealthStatusReport(
            report.Status.ToString(),
            report.Entries.TryGetValue("database", out var database) ? database.Status == HealthStatus.Healthy : null,
            [.. report.Entries.Select(e => new HealthCheckEntry(e.Key, e.Value.Status.ToString(), e.Value.Description,
                e.Value.Data.ToDictionary(d => d.Key, d => d.Value.ToString() ?? string.Empty)))]);
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(result, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(result);
    }
}

/// <summary>The answer of a health endpoint: Healthy, Degraded or Unhealthy, and each check's part.</summary>
/// <param name="Database">Whether the database check passed; null when the endpoint ran no checks (live).</param>
public sealed record HealthStatusReport(string Status, bool? Database, IReadOnlyList<HealthCheckEntry> Checks);

/// <summary>One check: its name, state, a Dutch description and figures (counts, ages in seconds), never personal data.</summary>
public sealed record HealthCheckEntry(string Name, string Status, string? Description, IReadOnlyDictionary<string, string> Data);
