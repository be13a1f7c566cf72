using System.Security.Cryptography;
using System.Text;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Domain.Tests.Archive;

public class ArchiveVerifierTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_IntactRecordsUnderASignedHead_IsIntact()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(5);
        var report = Verify(records, key, 5);

        Assert.True(report.Intact);
        Assert.Equal(5, report.Records);
        Assert.Equal(1, report.TreeHeadsChecked);
    }

    [Fact]
    public void Verify_OneChangedByteOfContent_NamesThatRecord()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(5);
        records[2].Content![3] ^= 0x20;

        var report = Verify(records, key, 5);

        Assert.False(report.Intact);
        Assert.Equal(3, report.FirstProblem!.FirstSequence);
        Assert.True(report.FirstProblem.IsExact);
    }

    [Fact]
    public void Verify_ContentAndItsHashBothChanged_IsCaughtByTheSignedRoot()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(5);
        var forged = Encoding.UTF8.GetBytes("{\"text\":\"vervalst\"}");
        records[3] = new StoredArchiveRecord(records[3].Record with { ContentHash = ArchiveRecord.HashContent(forged) }, forged);

        var report = Verify(records, key, 5, signOver: Records(5));

        Assert.False(report.Intact);
        Assert.Equal(1, report.FirstProblem!.FirstSequence);
        Assert.Equal(5, report.FirstProblem.LastSequence);
    }

    [Fact]
    public void Verify_RemovedContentWithARedactionRecord_IsRedactedNotTampered()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(3);
        records[1] = records[1] with { Content = null };
        var redaction = Encoding.UTF8.GetBytes("{\"redactedSequence\":2}");
        records.Add(new StoredArchiveRecord(new ArchiveRecord(4, ArchiveRecordTypes.Redaction, At, ArchiveRecord.HashContent(redaction), 2), redaction));

        var report = Verify(records, key, 4);
        Assert.True(report.Intact);
        Assert.Equal(1, report.Redacted);

        records.RemoveAt(3); // the same removal without its redaction record
        var without = Verify(records, key, 3);
        Assert.False(without.Intact);
        Assert.Equal(2, without.FirstProblem!.FirstSequence);
    }

    [Fact]
    public void Verify_AMissingRecord_NamesIt()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(4);
        var signed = Records(4);
        records.RemoveAt(1);

        var report = Verify(records, key, 4, signOver: signed);

        Assert.False(report.Intact);
        Assert.Equal(2, report.FirstProblem!.FirstSequence);
    }

    [Fact]
    public void Verify_AHeadSignedByAnUnknownKey_IsAProblem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(2);
        var head = SignedTreeHead.Sign(2, Root(records), At, other);

        var verifier = new ArchiveVerifier([head], new Dictionary<string, byte[]> { [SignedTreeHead.KeyIdOf(key.ExportSubjectPublicKeyInfo())] = key.ExportSubjectPublicKeyInfo() });
        records.ForEach(verifier.Add);

        Assert.False(verifier.Finish().Intact);
    }

    [Fact]
    public void Verify_ThroughBatches_GivesTheSameReportAsRecordByRecord()
    {
        // 300 records over batches of 64 with two heads, one changed byte, one redaction: the fast path must agree exactly.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var records = Records(299);
        records[149] = records[149] with { Content = null };
        var redaction = Encoding.UTF8.GetBytes("{\"redactedSequence\":150}");
        records.Add(new StoredArchiveRecord(new ArchiveRecord(300, ArchiveRecordTypes.Redaction, At, ArchiveRecord.HashContent(redaction), 150), redaction));
        var heads = new[] { SignedTreeHead.Sign(100, Root(records.Take(100)), At, key), SignedTreeHead.Sign(300, Root(records), At, key) };
        records[201].Content![5] ^= 0x01;
        var keys = new Dictionary<string, byte[]> { [heads[0].KeyId] = key.ExportSubjectPublicKeyInfo() };

        var one = new ArchiveVerifier(heads, keys);
        records.ForEach(one.Add);
        var batched = new ArchiveVerifier(heads, keys);
        foreach (var chunk in records.Chunk(64))
        {
            batched.Add(Batch(chunk));
        }

        var (expected, actual) = (one.Finish(), batched.Finish());
        Assert.False(actual.Intact);
        Assert.Equal(202, actual.FirstProblem!.FirstSequence);
        Assert.Equal(1, actual.Redacted);
        Assert.Equal(2, actual.TreeHeadsChecked);
        Assert.Equal(Convert.ToHexStringLower(expected.Root), Convert.ToHexStringLower(actual.Root));
        Assert.Equal(expected.Problems, actual.Problems);
        Assert.Equal(expected.Redacted, actual.Redacted);
    }

    [Fact]
    public void Batch_LeafHash_IsTheRecordsLeafHash()
    {
        var record = new StoredArchiveRecord(new ArchiveRecord(7, ArchiveRecordTypes.Redaction, At, ArchiveRecord.HashContent([1, 2]), 3), [1, 2]);
        var batch = Batch([record]);
        var leaf = new byte[MerkleTree.HashSize];

        batch.WriteLeafHash(0, leaf);

        Assert.Equal(MerkleTree.LeafHash(record.Record.LeafInput()), leaf);
        Assert.Equal(record.Record.LeafHash(), leaf);
    }

    private static ArchiveRecordBatch Batch(IReadOnlyList<StoredArchiveRecord> records)
    {
        var batch = new ArchiveRecordBatch(records.Count);
        foreach (var (r, content) in records)
        {
            var type = Encoding.UTF8.GetBytes(r.Type);
            var space = batch.Append(r.Sequence, r.RecordedAt.ToUnixTimeMilliseconds(), r.RedactsSequence ?? 0, type.Length, r.ContentHash.Length, content?.Length ?? -1);
            type.CopyTo(space);
            r.ContentHash.CopyTo(space[type.Length..]);
            content?.CopyTo(space[(type.Length + r.ContentHash.Length)..]);
        }

        return batch;
    }

    private static List<StoredArchiveRecord> Records(int count) =>
        [.. Enumerable.Range(1, count).Select(i =>
        {
            var content = Encoding.UTF8.GetBytes($"{{\"text\":\"Bericht nummer {i}\"}}");
            return new StoredArchiveRecord(new ArchiveRecord(i, ArchiveRecordTypes.Published, At.AddMinutes(i), ArchiveRecord.HashContent(content), null), content);
        })];

    private static byte[] Root(IEnumerable<StoredArchiveRecord> records)
    {
        var builder = new MerkleRootBuilder();
        foreach (var r in records)
        {
            builder.AddLeafHash(r.Record.LeafHash());
        }

        return builder.Root();
    }

    private static VerificationReport Verify(List<StoredArchiveRecord> records, ECDsa key, long headSize, List<StoredArchiveRecord>? signOver = null)
    {
        var head = SignedTreeHead.Sign(headSize, Root((signOver ?? records).Take((int)headSize)), At, key);
        var publicKey = key.ExportSubjectPublicKeyInfo();
        var verifier = new ArchiveVerifier([head], new Dictionary<string, byte[]> { [head.KeyId] = publicKey });
        records.ForEach(verifier.Add);
        return verifier.Finish();
    }
}
