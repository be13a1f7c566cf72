using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// The background publisher of one app instance. It claims due deliveries (the outbox is also the
/// scheduler: a scheduled post is a delivery due later) and processes them a few at a time. Any number
/// of instances can run against one database; leases keep them off each other's rows, and a lease that
/// expires because its instance died is picked up and reconciled by another.
/// </summary>
public sealed partial class PublisherService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublishingOptions> options, ILogger<PublisherService> logger)
    : RecurringJob(time, logger)
{
    public override bool IsEnabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    /// <summary>Claims and processes one batch; returns how many deliveries were claimed.</summary>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        IReadOnlyList<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
            var now = Time.GetUtcNow();
            claimed = await DeliveryClaimer.ClaimAsync(db, LeaseOwner, now, now + settings.LeaseDuration, settings.BatchSize, cancellationToken);
        }

        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken }, async (id, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DeliveryProcessor>().ProcessAsync(id, LeaseOwner, token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryFailed(Logger, id, ex);
            }
        });
        return claimed.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} failed unexpectedly; it is picked up again when its lease expires.")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid deliveryId, Exception exception);
}
