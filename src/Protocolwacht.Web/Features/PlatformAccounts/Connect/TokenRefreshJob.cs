using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Every <see cref="PlatformConnectionOptions.JobInterval"/>: refreshes the access tokens that would expire before the
/// next round (so a delivery rarely has to), and tells the administrators, once per threshold of
/// <see cref="PlatformConnectionOptions.WarnDaysBefore"/>, that a connection is about to end that cannot be
/// refreshed (a Meta page permission, a LinkedIn refresh token). The threshold told is stored with the account
/// (<c>ExpiryWarnedDays</c>) in the same unit of work as the notice, so a later round does not tell again.
/// </summary>
public sealed class TokenRefreshJob(
    IServiceScopeFactory scopes,
    TokenRefresher refresher,
    IOptions<PlatformConnectionOptions> options,
    TimeProvider time,
    ILogger<TokenRefreshJob> logger) : RecurringJob(time, logger)
{
    public override bool IsEnabled => options.Value.JobEnabled;

    protected override TimeSpan Interval => options.Value.JobInterval;

    /// <returns>How many tokens were refreshed and warnings sent.</returns>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var refreshed = 0;
        foreach (var accountId in await ExpiringAsync(cancellationToken))
        {
            var result = await refresher.RefreshAsync(accountId, Interval + options.Value.RefreshAhead, cancellationToken);
            refreshed += result.Status == RefreshStatus.Refreshed ? 1 : 0;
        }

        return refreshed + await WarnAsync(cancellationToken);
    }

    private async Task<List<string>> ExpiringAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var horizon = Time.GetUtcNow() + Interval + options.Value.RefreshAhead;
        // Few rows: compared in memory, as SQLite stores the moments as text.
        var rows = await db.OfficialAccounts.AsNoTracking()
            .Where(a => a.ProtectedCredential != null && a.AccessTokenExpiresAt != null)
            .Select(a => new { a.Id, a.AccessTokenExpiresAt }).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.AccessTokenExpiresAt <= horizon).Select(r => r.Id)];
    }

    private async Task<int> WarnAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = Time.GetUtcNow();
        var thresholds = options.Value.WarnDaysBefore.Where(d => d > 0).Distinct().Order().ToArray();
        var rows = await db.OfficialAccounts.Where(a => a.ProtectedCredential != null && a.ConnectionEndsAt != null).ToListAsync(cancellationToken);
        var due = new List<(Persistence.Accounts.OfficialAccountEntity Row, int Days)>();
        foreach (var row in rows)
        {
            var daysLeft = (row.ConnectionEndsAt!.Value - now).TotalDays;
            // The smallest threshold already reached; told only when it is smaller than the last one told.
            var reached = thresholds.Where(t => daysLeft <= t).Cast<int?>().FirstOrDefault();
            if (reached is { } days && (row.ExpiryWarnedDays is null || row.ExpiryWarnedDays > days))
            {
                due.Add((row, days));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var admins = await Administrators.StaffIdsAsync(db, cancellationToken);
        foreach (var (row, days) in due)
        {
            row.ExpiryWarnedDays = days;
            var ends = DutchTime.Format(row.ConnectionEndsAt!.Value);
            foreach (var admin in admins)
            {
                await notifier.NotifyAsync(admin, $"Koppeling van {row.Handle} verloopt binnenkort",
                    $"De koppeling van {row.Handle} ({ChannelNames.Of(row.Channel)}) verloopt op {ends} en kan niet vanzelf worden vernieuwd. Koppel het account vóór die tijd opnieuw, anders worden berichten niet meer geplaatst.",
                    $"/accounts/connect/{row.Id}", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
