using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>Forgets the composer's kept files whose time is up (<see cref="KeptUploads.KeepFor"/>), once a minute.</summary>
public sealed class KeptUploadSweep(KeptUploads uploads, TimeProvider time, ILogger<KeptUploadSweep> logger) : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => Task.FromResult(uploads.Sweep());
}
