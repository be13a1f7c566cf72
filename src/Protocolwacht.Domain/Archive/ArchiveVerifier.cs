using System.Globalization;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Recomputes the archive from its records in sequence order, in one pass: every record must follow the
/// previous one without a gap, its content must still hash to the hash the leaf commits to (or have been
/// removed by a later redaction record), and the Merkle root at each signed tree head must be the signed
/// root, under a valid signature of a known key. Memory is O(log n) plus the redacted sequence numbers.
/// Not thread-safe: feed it from one reader.
/// </summary>
public sealed class ArchiveVerifier
{
    private readonly Queue<SignedTreeHead> _heads;
    private readonly IReadOnlyDictionary<string, byte[]> _publicKeys;
    private readonly MerkleRootBuilder _tree = new();
    private readonly List<VerificationProblem> _problems = [];
    private readonly HashSet<long> _redactedTargets = [];
    private readonly List<long> _missingContent = [];
    private int _headsChecked;
    private long _lastGoodHeadSize;
    private long _lastSignedSize;

    /// <param name="heads">The stored tree heads, in any order.</param>
    /// <param name="publicKeys">Public keys (SubjectPublicKeyInfo) by key id.</param>
    public ArchiveVerifier(IEnumerable<SignedTreeHead> heads, IReadOnlyDictionary<string, byte[]> publicKeys)
    {
        _heads = new Queue<SignedTreeHead>(heads.OrderBy(h => h.TreeSize));
        _publicKeys = publicKeys;
        while (_heads.TryPeek(out var empty) && empty.TreeSize == 0)
        {
            CheckHead(_heads.Dequeue());
        }
    }

    public void Add(StoredArchiveRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var record = stored.Record;
        Add(record.Sequence, record.RedactsSequence ?? 0, record.ContentHash, stored.Content is not null, stored.Content, record.LeafHash());
    }

    /// <summary>Adds every record of <paramref name="batch"/> in order, without an object per record; the same checks as <see cref="Add(StoredArchiveRecord)"/>.</summary>
    public void Add(ArchiveRecordBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Span<byte> leaf = stackalloc byte[MerkleTree.HashSize];
        for (var i = 0; i < batch.Count; i++)
        {
            batch.WriteLeafHash(i, leaf);
            Add(batch.Sequence(i), batch.RedactsSequence(i), batch.ContentHash(i), batch.HasContent(i), batch.Content(i), leaf);
        }
    }

    private void Add(long sequence, long redacts, ReadOnlySpan<byte> contentHash, bool hasContent, ReadOnlySpan<byte> content, ReadOnlySpan<byte> leafHash)
    {
        var expected = _tree.Size + 1;
        if (sequence != expected)
        {
            Blame(expected, sequence < expected
                ? $"Record {sequence} staat dubbel of niet op volgorde."
                : $"Record {expected} ontbreekt (na {expected - 1} komt {sequence}).");
        }

        if (!hasContent)
        {
            _missingContent.Add(sequence);
        }
        else if (!ArchiveRecord.CommitsTo(contentHash, content))
        {
            Blame(sequence, $"Record {sequence} is gewijzigd: de inhoud past niet meer bij de vastgelegde hash.");
        }

        if (redacts != 0)
        {
            _redactedTargets.Add(redacts);
        }

        _tree.AddLeafHash(leafHash);
        while (_heads.TryPeek(out var head) && head.TreeSize == _tree.Size)
        {
            CheckHead(_heads.Dequeue());
        }
    }

    public VerificationReport Finish()
    {
        foreach (var head in _heads)
        {
            _problems.Add(new VerificationProblem(_tree.Size + 1, head.TreeSize,
                string.Create(CultureInfo.InvariantCulture, $"Een ondertekende boomkop noemt {head.TreeSize} records, maar er zijn er maar {_tree.Size}: records ontbreken.")));
        }

        var redacted = 0L;
        foreach (var sequence in _missingContent)
        {
            if (_redactedTargets.Contains(sequence))
            {
                redacted++;
            }
            else
            {
                Blame(sequence, $"Van record {sequence} is de inhoud verdwenen zonder redactierecord.");
            }
        }

        return new VerificationReport(_tree.Size, redacted, _headsChecked, Math.Max(0, _tree.Size - _lastSignedSize), _tree.Root(), _problems);
    }

    private void CheckHead(SignedTreeHead head)
    {
        _headsChecked++;
        _lastSignedSize = head.TreeSize;
        if (!_publicKeys.TryGetValue(head.KeyId, out var key) || !head.IsSignedBy(key))
        {
            _problems.Add(new VerificationProblem(_lastGoodHeadSize + 1, Math.Max(head.TreeSize, _lastGoodHeadSize + 1),
                $"De boomkop over {head.TreeSize} records heeft geen geldige handtekening van een bekende sleutel."));
            return;
        }

        Span<byte> root = stackalloc byte[MerkleTree.HashSize];
        _tree.WriteRoot(root);
        if (!root.SequenceEqual(head.RootHash))
        {
            _problems.Add(new VerificationProblem(_lastGoodHeadSize + 1, head.TreeSize,
                $"De Merkle-wortel over {head.TreeSize} records wijkt af van de ondertekende boomkop van {head.Timestamp:yyyy-MM-dd HH:mm:ss} UTC: "
                + $"een record tussen {_lastGoodHeadSize + 1} en {head.TreeSize} is gewijzigd."));
            return;
        }

        _lastGoodHeadSize = head.TreeSize;
    }

    private void Blame(long sequence, string message) => _problems.Add(new VerificationProblem(sequence, sequence, message));
}
