using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The organisation and a protocol checker compiled for it, shared by every request. The live check
/// reads a snapshot at most <see cref="MaxAge"/> old, so typing costs no database round trip; workflow
/// transitions ask for a fresh one, so consent or roster changes count at every step.
/// Thread-safe: the snapshot is immutable and replaced atomically.
/// </summary>
public sealed partial class CheckerSnapshot(IServiceScopeFactory scopes, TimeProvider time, ILogger<CheckerSnapshot> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private Entry? _current;

    public async Task<ProtocolChecker> CurrentAsync(CancellationToken cancellationToken)
    {
        var entry = _current;
        if (entry is not null && time.GetUtcNow() - entry.LoadedAt < MaxAge)
        {
            return entry.Checker;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            entry = _current;
            if (entry is not null && time.GetUtcNow() - entry.LoadedAt < MaxAge)
            {
                return entry.Checker;
            }

            return await LoadAsync(cancellationToken);
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>Reads the organisation from the database now and compiles a checker for it.</summary>
    public async Task<ProtocolChecker> FreshAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            return await LoadAsync(cancellationToken);
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>
    /// The current checker, reloaded first when the consent register changed since it was loaded: for the
    /// publisher's check at the moment of delivery, where a consent withdrawn a second ago must count.
    /// </summary>
    public async Task<ProtocolChecker> WithLatestConsentAsync(CancellationToken cancellationToken)
    {
        var entry = _current;
        if (entry is not null && await LatestConsentChangeAsync(cancellationToken) <= entry.ConsentSequence)
        {
            return await CurrentAsync(cancellationToken);
        }

        return await FreshAsync(cancellationToken);
    }

    public async Task<OrganisationModel> OrganisationAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Organisation;

    private async Task<ProtocolChecker> LoadAsync(CancellationToken cancellationToken)
    {
        // The consent position first: a change committed while the organisation loads makes the next caller reload.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var consent = await LatestConsentChangeAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationReader>().LoadRequiredAsync(cancellationToken);
        var loaded = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var checker = ProtocolChecker.Create(organisation);
        _current = new Entry(checker, time.GetUtcNow(), consent);
        LogReloaded(loaded.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - loaded).TotalMilliseconds);
        return checker;
    }

    private async Task<long> LatestConsentChangeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.ProtocolwachtDbContext>();
        return await db.ConsentChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checker reloaded: organisation read in {LoadMs:F1} ms, checker compiled in {CompileMs:F1} ms")]
    private partial void LogReloaded(double loadMs, double compileMs);

    private sealed record Entry(ProtocolChecker Checker, DateTimeOffset LoadedAt, long ConsentSequence);
}
