using Microsoft.Extensions.Options;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Once a day removes what has outlived its retention period (<see cref="RetentionSweeper"/>). The contents
/// of archive records have their own job (<see cref="Archive.RetentionJob"/>), through the archive's redaction.
/// </summary>
public sealed partial class DataRetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<DataRetentionJob> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<RetentionSweeper>().RunAsync(options.Value, dryRun: false, cancellationToken);
        foreach (var line in report.Lines.Where(l => l.Count > 0))
        {
            LogRemoved(Logger, line.Count, line.Kind);
        }

        return report.Total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Count} items of kind {Kind}.")]
    private static partial void LogRemoved(ILogger logger, int count, string kind);
}
