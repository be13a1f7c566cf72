using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Infrastructure.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync)
            .WithName("Health")
            .WithSummary("Is the app up and its database reachable?")
            .WithTags("Health")
            .AllowAnonymous();
        return app;
    }

    internal static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var reachable = await db.Database.CanConnectAsync(cancellationToken);
        var report = new HealthReport(reachable ? "ok" : "database-unreachable", reachable);
        return reachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthReport(string Status, bool Database);
