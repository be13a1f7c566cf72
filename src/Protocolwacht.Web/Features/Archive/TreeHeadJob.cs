using Microsoft.Extensions.Options;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>
/// Signs a new tree head every <see cref="ArchiveOptions.TreeHeadInterval"/> when records were added; a round with nothing
/// new leaves the signing key protected.
/// Several instances may run it: the tree size is the key of a head, so only one head per size is stored.
/// </summary>
public sealed partial class TreeHeadJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ArchiveOptions> options, ILogger<TreeHeadJob> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.TreeHeadInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var heads = scope.ServiceProvider.GetRequiredService<ArchiveTreeHeads>();
        if (!await heads.HasUnsignedRecordsAsync(cancellationToken))
        {
            return 0;
        }

        using var key = await scope.ServiceProvider.GetRequiredService<ArchiveSigningKeys>().CurrentAsync(cancellationToken);
        var head = await heads.SignNewAsync(key, cancellationToken);
        if (head is null)
        {
            return 0;
        }

        LogSigned(Logger, head.TreeSize);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed an archive tree head over {TreeSize} records.")]
    private static partial void LogSigned(ILogger logger, long treeSize);
}
