using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// The background publisher of one app instance. It claims due deliveries (the outbox is also the
/// scheduler: a scheduled post is a delivery due later) and processes them a few at a time. Any number
/// of instances can run against one database; leases keep them off each other's rows, and a lease that
/// expires because its instance died is picked up and reconciled by another.
/// </summary>
public sealed partial class PublisherService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublishingOptions> options, ILogger<PublisherService> logger)
    : BackgroundService
{
    /// <summary>This instance's lease owner name; unique per process start.</summary>
    public string InstanceId { get; } = LeaseOwnerName();

    // The lease owner column holds 90 characters; a long host name is cut, the unique suffix is kept.
    private static string LeaseOwnerName()
    {
        var suffix = $"-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var host = Environment.MachineName;
        return host[..Math.Min(host.Length, 90 - suffix.Length)] + suffix;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the publisher must survive a database hiccup; unfinished rows are picked up again after their lease
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRoundFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Claims and processes one batch; returns how many deliveries were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        IReadOnlyList<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
            var now = time.GetUtcNow();
            claimed = await DeliveryClaimer.ClaimAsync(db, InstanceId, now, now + settings.LeaseDuration, settings.BatchSize, cancellationToken);
        }

        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken }, async (id, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DeliveryProcessor>().ProcessAsync(id, InstanceId, token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryFailed(logger, id, ex);
            }
        });
        return claimed.Count;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[^max..];

    [LoggerMessage(Level = LogLevel.Error, Message = "A publishing round failed; trying again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} failed unexpectedly; it is picked up again when its lease expires.")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid deliveryId, Exception exception);
}
