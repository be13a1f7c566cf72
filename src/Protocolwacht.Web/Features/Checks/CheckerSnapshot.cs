using System.Diagnostics;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The organisation and a protocol checker compiled for it, shared by every request and kept for as long as
/// what it was built from holds: the organisation's version stamp in the database (<see cref="OrganisationVersion"/>,
/// replaced by every write to the organisation, its consent register or the protocol, from any instance or the CLI)
/// and the Dutch calendar day (consent takes effect and lapses by date). The lexicons are part of the build.
/// <para>
/// Workflow steps ask <see cref="FreshAsync"/>: one primary-key read of the stamp, and a reload only when it changed,
/// so consent or roster changes count at every step. The live check asks <see cref="CurrentAsync"/>, which reads the
/// stamp at most once per <see cref="MaxAge"/>, so typing costs no database round trip. Only a reload takes the lock;
/// callers that queued behind it read the stamp again and take the checker it built.
/// </para>
/// Thread-safe: an entry is immutable and replaced atomically.
/// </summary>
public sealed partial class CheckerSnapshot(IServiceScopeFactory scopes, TimeProvider time, ILogger<CheckerSnapshot> logger)
{
    /// <summary>How long the live check trusts the checker without reading the stamp.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private Entry? _current;

    public async Task<ProtocolChecker> CurrentAsync(CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref _current);
        var now = time.GetUtcNow();
        if (entry is not null && now - entry.ConfirmedAt < MaxAge && entry.Day == DutchTime.DateOf(now))
        {
            return entry.Checker;
        }

        return await FreshAsync(cancellationToken);
    }

    /// <summary>A checker for the organisation as the database holds it now (reloaded only when it changed).</summary>
    public async Task<ProtocolChecker> FreshAsync(CancellationToken cancellationToken)
    {
        var stamp = await ReadStampAsync(cancellationToken);
        if (Valid(stamp) is { } checker)
        {
            return checker;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited: the stamp read again says whether that will do.
            stamp = await ReadStampAsync(cancellationToken);
            return Valid(stamp) ?? await LoadAsync(stamp, cancellationToken);
        }
        finally
        {
            _reload.Release();
        }
    }

    public async Task<OrganisationModel> OrganisationAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Organisation;

    /// <summary>The cached checker when it was built from <paramref name="stamp"/> today; its confirmation time moves on.</summary>
    private ProtocolChecker? Valid(Guid stamp)
    {
        var entry = Volatile.Read(ref _current);
        var now = time.GetUtcNow();
        if (entry is null || entry.Stamp != stamp || entry.Day != DutchTime.DateOf(now))
        {
            return null;
        }

        // Only if nobody replaced the entry meanwhile: a newer checker must never be overwritten by an older one.
        Interlocked.CompareExchange(ref _current, entry with { ConfirmedAt = now }, entry);
        return entry.Checker;
    }

    /// <summary>
    /// Reads the organisation and compiles a checker. The stamp was read before the organisation, so a change committed
    /// while it loads leaves a newer stamp behind and the next caller reloads; the day likewise.
    /// </summary>
    private async Task<ProtocolChecker> LoadAsync(Guid stamp, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationReader>().LoadRequiredAsync(cancellationToken);
        var loaded = Stopwatch.GetElapsedTime(started);
        var checker = ProtocolChecker.Create(organisation);
        Volatile.Write(ref _current, new Entry(checker, stamp, DutchTime.DateOf(now), now));
        LogReloaded(loaded.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - loaded).TotalMilliseconds);
        return checker;
    }

    private async Task<Guid> ReadStampAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await OrganisationVersion.ReadAsync(scope.ServiceProvider.GetRequiredService<Persistence.ProtocolwachtDbContext>(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checker reloaded: organisation read in {LoadMs:F1} ms, checker compiled in {CompileMs:F1} ms")]
    private partial void LogReloaded(double loadMs, double compileMs);

    /// <param name="Checker">The compiled checker, with the organisation it was built from.</param>
    /// <param name="Stamp">The organisation's version stamp read before the organisation.</param>
    /// <param name="Day">The Dutch calendar day of the load: consent's effect depends on it.</param>
    /// <param name="ConfirmedAt">When the stamp was last seen unchanged.</param>
    private sealed record Entry(ProtocolChecker Checker, Guid Stamp, DateOnly Day, DateTimeOffset ConfirmedAt);
}
