using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.Cli.Archive;

/// <summary>
/// A selection of published records, with their revisions and tombstones (period, account, school), for an audit or a Woo request, each with its
/// inclusion proof in the tree of the latest signed head, so a receiver can check every line against
/// that head without access to Konot's systems. JSON Lines: the head first, then one record per line; CSV:
/// one record per row with the head's size and root repeated. Records signed by no head yet carry no proof.
/// </summary>
internal sealed class ArchiveExport(ArchiveStore store, OrganisationModel? organisation)
{
    // Publications and what happened to them later: corrections and deletions are part of the account of a period.
    private static readonly string[] Exported = [ArchiveRecordTypes.Published, ArchiveRecordTypes.Revision, ArchiveRecordTypes.Tombstone];

    /// <summary>The columns every exported record type fills, read from its content.</summary>
    private sealed record Summary(string AccountId, string? AuthorId, string? ApprovedBy, DateTimeOffset At, string? Url, string? Verdict, string? Text);

    public sealed record Selection(DateOnly? From, DateOnly? To, string? AccountId, string? SchoolId);

    private static readonly string[] CsvHeader =
        ["sequence", "type", "recorded_at", "account_id", "author_id", "approved_by", "published_at", "platform_url", "verdict", "text", "redacted", "leaf_hash", "tree_size", "root_hash", "inclusion_proof"];

    public async Task<int> WriteAsync(TextWriter output, Selection selection, bool csv, CancellationToken cancellationToken)
    {
        var head = await store.LatestTreeHeadAsync(cancellationToken);
        var keys = await store.PublicKeysAsync(cancellationToken);
        var records = new List<StoredArchiveRecord>();
        var redacted = new HashSet<long>();
        var leaves = new List<byte[]>();
        await foreach (var stored in store.ReadAllAsync(cancellationToken: cancellationToken))
        {
            leaves.Add(stored.Record.LeafHash());
            if (stored.Record.RedactsSequence is { } target)
            {
                redacted.Add(target);
            }

            if (Exported.Contains(stored.Record.Type) && InPeriod(stored.Record, selection))
            {
                records.Add(stored);
            }
        }

        var prover = head is null ? null : new MerkleProver(leaves, head.TreeSize);
        if (csv)
        {
            await output.WriteLineAsync(string.Join(',', CsvHeader));
        }
        else if (head is not null)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { treeHead = TreeHeadJson.From(head, keys[head.KeyId]) }));
        }

        var written = 0;
        foreach (var stored in records)
        {
            var content = stored.Content is null ? null : Summarise(stored.Record.Type, stored.Content);
            if (content is not null && !Matches(content, selection))
            {
                continue;
            }

            if (content is null && (selection.AccountId is not null || selection.SchoolId is not null))
            {
                continue; // a redacted record no longer says which account it was on
            }

            var index = stored.Record.Sequence - 1;
            var proof = prover is not null && index < prover.Size ? prover.InclusionProof(index).Select(Convert.ToHexStringLower).ToList() : null;
            var leaf = Convert.ToHexStringLower(leaves[(int)index]);
            await output.WriteLineAsync(csv
                ? CsvRow(stored, content, redacted.Contains(stored.Record.Sequence), leaf, head, proof)
                : JsonLine(stored, redacted.Contains(stored.Record.Sequence), leaf, proof));
            written++;
        }

        return written;
    }

    private static bool InPeriod(ArchiveRecord record, Selection selection)
    {
        var day = DateOnly.FromDateTime(record.RecordedAt.UtcDateTime);
        return (selection.From is null || day >= selection.From) && (selection.To is null || day <= selection.To);
    }

    private static Summary Summarise(string type, byte[] content)
    {
        switch (type)
        {
            case ArchiveRecordTypes.Revision:
                var r = ArchiveJson.Read<RevisionRecord>(content);
                return new Summary(r.AccountId, r.CorrectedBy, r.ApprovedBy, r.AppliedAt, r.PlatformUrl, r.Check.Verdict.ToString().ToLowerInvariant(), r.Text);
            case ArchiveRecordTypes.Tombstone:
                var t = ArchiveJson.Read<TombstoneRecord>(content);
                return new Summary(t.AccountId, t.RequestedBy, t.ApprovedBy, t.DeletedAt, null, null, t.Reason);
            default:
                var p = ArchiveJson.Read<PublishedRecord>(content);
                return new Summary(p.AccountId, p.AuthorId, p.ApprovedBy, p.PublishedAt, p.PlatformUrl, p.Check.Verdict.ToString().ToLowerInvariant(), p.Text);
        }
    }

    private bool Matches(Summary content, Selection selection) =>
        (selection.AccountId is null || content.AccountId == selection.AccountId)
        && (selection.SchoolId is null || organisation?.FindAccount(content.AccountId)?.SchoolId == selection.SchoolId);

    private static string JsonLine(StoredArchiveRecord stored, bool redacted, string leaf, List<string>? proof)
    {
        var line = new JsonObject
        {
            ["sequence"] = stored.Record.Sequence,
            ["type"] = stored.Record.Type,
            ["recordedAt"] = stored.Record.RecordedAt,
            ["contentSha256"] = Convert.ToHexStringLower(stored.Record.ContentHash),
            ["redacted"] = redacted,
            ["content"] = stored.Content is null ? null : JsonNode.Parse(stored.Content),
            ["leafHash"] = leaf,
            ["leafIndex"] = stored.Record.Sequence - 1,
            ["inclusionProof"] = proof is null ? null : new JsonArray([.. proof.Select(p => (JsonNode)p)]),
        };
        return line.ToJsonString();
    }

    private static string CsvRow(StoredArchiveRecord stored, Summary? content, bool redacted, string leaf, SignedTreeHead? head, List<string>? proof) =>
        string.Join(',', new[]
        {
            stored.Record.Sequence.ToString(CultureInfo.InvariantCulture),
            stored.Record.Type,
            stored.Record.RecordedAt.ToString("O", CultureInfo.InvariantCulture),
            content?.AccountId,
            content?.AuthorId,
            content?.ApprovedBy,
            content?.At.ToString("O", CultureInfo.InvariantCulture),
            content?.Url,
            content?.Verdict,
            content?.Text,
            redacted ? "ja" : "nee",
            leaf,
            head?.TreeSize.ToString(CultureInfo.InvariantCulture),
            head is null ? null : Convert.ToHexStringLower(head.RootHash),
            proof is null ? null : string.Join(' ', proof),
        }.Select(Csv));

    // RFC 4180: quote a field with a comma, quote or line break, doubling inner quotes. A leading
    // = + - @ is prefixed with ' so a spreadsheet never runs a post's text as a formula.
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString()
            : value;
    }
}
