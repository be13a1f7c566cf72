using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Checks;
using Protocolwacht.Connectors.Timeline;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.History.Import;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Persistence.Search;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Notifications;

namespace Protocolwacht.Web.Features.Reconciliation;

/// <summary>
/// Compares what one account shows now with the archive, in one unit of work:
/// a post the archive does not know (by platform id, or by minute and text as the importers compare) is appended as
/// an <c>imported.v1</c> record with format "reconciliation", checked like an imported export; a post of the archive
/// inside the compared window that the platform no longer shows, and that was not deleted through Protocolwacht,
/// gets a <c>disappeared.v1</c> record, and every administrator is told. The derived tables (search, insight, gone
/// posts, import keys) change in the same transaction, so a second run over the same platform state adds nothing.
/// </summary>
public sealed class AccountReconciler(
    ProtocolwachtDbContext db,
    ArchiveLog log,
    ProtocolVersions protocol,
    CheckerSnapshot checkers,
    Notifier notifier,
    TimeProvider time,
    IOptions<ReconciliationOptions> options)
{
    public const string Format = "reconciliation";

    /// <param name="seen">The account's most recent posts as the platform lists them.</param>
    /// <param name="complete">True when <paramref name="seen"/> is everything the account has; otherwise only posts at least as new as the oldest seen are compared.</param>
    public async Task<ReconcileResult> ReconcileAsync(string accountId, string channel, IReadOnlyList<TimelinePost> seen, bool complete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var checker = await checkers.CurrentAsync(cancellationToken);
        if (checker.Organisation.FindAccount(accountId) is not { } account)
        {
            return new ReconcileResult(0, 0);
        }

        var settled = time.GetUtcNow() - options.Value.Grace;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var known = await db.InsightPosts.AsNoTracking().Where(p => p.AccountId == accountId && p.PlatformId != null)
            .Select(p => new { p.Sequence, PlatformId = p.PlatformId!, p.At }).ToListAsync(cancellationToken);
        var keys = await db.ImportedPostKeys.AsNoTracking().Where(k => k.AccountId == accountId)
            .Select(k => new { k.PlatformId, k.Fingerprint }).ToListAsync(cancellationToken);
        var gone = (await db.GonePosts.AsNoTracking().Where(g => g.AccountId == accountId).Select(g => g.PlatformId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // A publication here whose outcome is still open may be on the platform already: look for outside posts
        // again when it is settled. A deletion asked here is never "removed outside", whatever its state.
        var unsettled = await db.Deliveries.AsNoTracking().AnyAsync(d => d.AccountId == accountId && (d.Status == DeliveryStatus.Attempting || d.Status == DeliveryStatus.Unknown || d.Status == DeliveryStatus.Retrying || d.Status == DeliveryStatus.AwaitingPerson), cancellationToken);
        var deletedHere = await db.Deliveries.AsNoTracking().Where(d => d.AccountId == accountId && d.Kind == DeliveryKind.Delete && d.TargetPlatformPostId != null)
            .Select(d => d.TargetPlatformPostId!).ToListAsync(cancellationToken);
        gone.UnionWith(deletedHere);

        var knownIds = known.Select(k => k.PlatformId).Concat(keys.Select(k => k.PlatformId)).ToHashSet(StringComparer.Ordinal);
        var knownFingerprints = keys.Select(k => k.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var seenIds = seen.Select(p => p.PlatformId).ToHashSet(StringComparer.Ordinal);
        var seenFingerprints = seen.Select(Fingerprint).ToHashSet(StringComparer.Ordinal);
        var fingerprintOf = keys.GroupBy(k => k.PlatformId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Fingerprint, StringComparer.Ordinal);

        var found = seen
            .Where(p => !unsettled && p.CreatedAt <= settled && !knownIds.Contains(p.PlatformId) && !knownFingerprints.Contains(Fingerprint(p)))
            .DistinctBy(p => p.PlatformId)
            .OrderBy(p => p.CreatedAt)
            .ToList();
        var windowStart = complete || seen.Count == 0 ? DateTimeOffset.MinValue : seen.Min(p => p.CreatedAt);
        var missing = known
            .Where(k => k.At >= windowStart && k.At <= settled && !seenIds.Contains(k.PlatformId) && !gone.Contains(k.PlatformId)
                && !(fingerprintOf.TryGetValue(k.PlatformId, out var f) && seenFingerprints.Contains(f)))
            .DistinctBy(k => k.PlatformId)
            .OrderBy(k => k.Sequence)
            .ToList();
        if (found.Count == 0 && missing.Count == 0)
        {
            return new ReconcileResult(0, 0);
        }

        var version = await protocol.CurrentAsync(cancellationToken);
        var context = new AccountContext(account.Kind, account.SchoolId, account.Channel);
        var imported = found.Select(p => Record(p, accountId, channel, Check(checker, context, version?.Number, version?.Document.Title, p.Text))).ToList();
        foreach (var record in imported)
        {
            log.Stage(ArchiveRecordTypes.Imported, record);
        }

        var now = time.GetUtcNow();
        foreach (var post in missing)
        {
            log.Stage(ArchiveRecordTypes.Disappeared, new DisappearedRecord(accountId, channel, post.PlatformId, post.Sequence, post.At, now, seen.Count));
        }

        await NotifyAsync(accountId, found.Count, missing.Count, cancellationToken);
        var sequences = await log.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < imported.Count; i++)
        {
            db.ImportedPostKeys.Add(new ImportedPostKeyEntity { AccountId = accountId, PlatformId = imported[i].PlatformId, Fingerprint = imported[i].Fingerprint, Sequence = sequences[i] });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReconcileResult(found.Count, missing.Count);
    }

    /// <summary>The importers' fingerprint (minute and text), so a post brought in by an export is recognised.</summary>
    private static string Fingerprint(TimelinePost post) =>
        PostImporter.Fingerprint(new ImportedPost(ImportPlatform.Csv, post.PlatformId, post.CreatedAt, post.Text, post.Url?.AbsoluteUri, ImportedPostKind.Original, null, []));

    private static ArchivedCheck Check(ProtocolChecker checker, AccountContext context, int? protocolVersion, string? protocolTitle, string text)
    {
        var result = checker.Check(new CheckRequest(text, context, null, null, []));
        return new ArchivedCheck(
            result.Verdict,
            protocolVersion,
            protocolTitle,
            [.. result.Findings.Select(f => new ArchivedFinding(f.Category, f.Severity.ToString().ToLowerInvariant(), f.Guideline, f.Start, f.End, f.Message))]);
    }

    private static ImportedRecord Record(TimelinePost post, string accountId, string channel, ArchivedCheck check) => new(
        accountId, Format, post.PlatformId, Fingerprint(post), post.Url?.AbsoluteUri, post.Text, post.CreatedAt,
        "original", null, null, null, false, [], check, channel, Format);

    private async Task NotifyAsync(string accountId, int found, int gone, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (gone > 0)
        {
            parts.Add($"{gone} bericht(en) uit het archief staan niet meer op het platform en zijn niet via Protocolwacht verwijderd; het archief legt vast dat ze verdwenen zijn");
        }

        if (found > 0)
        {
            parts.Add($"{found} bericht(en) zijn buiten Protocolwacht geplaatst; ze zijn als 'geïmporteerd' in het archief opgenomen en gecontroleerd");
        }

        var text = $"Vergelijking van account {accountId} met het platform: {string.Join("; ", parts)}.";
        await notifier.NotifyAdministratorsAsync($"Account {accountId} wijkt af van het archief", text, $"/insight?Account={Uri.EscapeDataString(accountId)}", cancellationToken);
    }
}

/// <summary>What one comparison added: posts found placed outside the app, and posts found gone.</summary>
public sealed record ReconcileResult(int Found, int Gone);
