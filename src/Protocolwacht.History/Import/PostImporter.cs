using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Imports;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Import;

/// <summary>
/// Brings a platform's export of one account into the archive (issue #13 item 1), the one use case behind
/// <c>protocolwacht import</c> and <c>/history/import</c>. The whole file is read first: any problem refuses it
/// with every issue (file, line or JSON path) and nothing is written. Then each post not already in the archive
/// for this account (same platform id, or same time and text) is checked against the protocol and appended as
/// an <c>imported.v1</c> record, with its search row and its key, in one transaction. <c>noteTweets</c>
/// (X only: <c>note-tweet.js</c> of the same archive) gives long posts their full text; a problem in it refuses the
/// import like a problem in the main file.
/// </summary>
public sealed class PostImporter(ProtocolwachtDbContext db, ArchiveLog log, ProtocolVersions protocol)
{
    public async Task<ImportOutcome> ImportAsync(ImportPlatform format, Stream file, string fileName, string accountId, string importedBy, ProtocolChecker checker, IProgress<(int Done, int Total)>? progress = null, ExportPart? noteTweets = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checker);
        var account = checker.Organisation.FindAccount(accountId);
        if (account is null)
        {
            return ImportOutcome.Refused($"Het account '{accountId}' bestaat niet in de organisatie; er is niets geïmporteerd.");
        }

        var read = PostExportReader.Read(format, file, new PostReaderOptions(fileName) { OwnHandle = account.Handle, NoteTweets = noteTweets }).Collect();
        if (!read.IsClean)
        {
            return ImportOutcome.Refused($"Het bestand '{fileName}' is geweigerd; er is niets geïmporteerd.", read.Issues);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var knownIds = (await db.ImportedPostKeys.AsNoTracking().Where(k => k.AccountId == accountId).Select(k => new { k.PlatformId, k.Fingerprint }).ToListAsync(cancellationToken));
        var ids = knownIds.Select(k => k.PlatformId).ToHashSet(StringComparer.Ordinal);
        var fingerprints = knownIds.Select(k => k.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var version = await protocol.CurrentAsync(cancellationToken);
        var context = new AccountContext(account.Kind, account.SchoolId, account.Channel);
        var added = new List<ImportedRecord>();
        var present = 0;
        for (var i = 0; i < read.Values.Count; i++)
        {
            var post = read.Values[i];
            var fingerprint = Fingerprint(post);
            if (!ids.Add(post.PlatformId) || (post.Text.Length > 0 && !fingerprints.Add(fingerprint)))
            {
                present++;
                continue;
            }

            var check = checker.Check(new CheckRequest(post.Text, context, null, null, []));
            var record = Record(post, accountId, format, fingerprint, fileName, importedBy, new ArchivedCheck(
                check.Verdict,
                version?.Number,
                version?.Document.Title,
                [.. check.Findings.Select(f => new ArchivedFinding(f.Category, f.Severity.ToString().ToLowerInvariant(), f.Guideline, f.Start, f.End, f.Message))]));
            log.Stage(ArchiveRecordTypes.Imported, record);
            added.Add(record);
            if ((i & 255) == 0)
            {
                progress?.Report((i, read.Values.Count));
            }
        }

        var sequences = await log.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < added.Count; i++)
        {
            db.ImportedPostKeys.Add(new ImportedPostKeyEntity { AccountId = accountId, PlatformId = added[i].PlatformId, Fingerprint = added[i].Fingerprint, Sequence = sequences[i] });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        progress?.Report((read.Values.Count, read.Values.Count));
        return ImportOutcome.Done(ImportReport.From(accountId, format.ToString().ToLowerInvariant(), fileName, read.Values.Count, present, added));
    }

    /// <summary>The same post in another download of the export (or another format): its minute and its text.</summary>
    public static string Fingerprint(ImportedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var minute = post.CreatedAt.ToUnixTimeSeconds() / 60;
        var text = string.Join(' ', post.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{minute}\u001F{text}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static ImportedRecord Record(ImportedPost post, string accountId, ImportPlatform format, string fingerprint, string fileName, string importedBy, ArchivedCheck check) => new(
        accountId,
        format.ToString().ToLowerInvariant(),
        post.PlatformId,
        fingerprint,
        post.Url,
        post.Text,
        post.CreatedAt,
        post.Kind.ToString().ToLowerInvariant(),
        post.ParentId,
        post.SharedUrl,
        post.Title,
        post.IsDeleted,
        [.. post.Media.Select(m => new ImportedMediaInfo(m.Type.ToString().ToLowerInvariant(), m.FileName, m.Url, m.AltText))],
        check,
        Path.GetFileName(fileName),
        importedBy);
}
