using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// The hashing share of <c>archive verify</c> (issue #10), without a database: 100,000 records of about 450 bytes
/// in batches of 4,096 as the store's reader hands them over, each checked against its content hash, turned into
/// its RFC 9162 leaf hash and folded into the Merkle root; and the root alone over ready leaf hashes. Multiply by
/// ten for the million records of the target.
/// </summary>
[MemoryDiagnoser]
public class ArchiveVerifierBenchmarks
{
    private const int Records = 100_000;
    private const int BatchSize = 4_096;
    private readonly List<ArchiveRecordBatch> _batches = [];
    private readonly List<byte[]> _leaves = [];

    [GlobalSetup]
    public void Setup()
    {
        var type = Encoding.UTF8.GetBytes(ArchiveRecordTypes.Published);
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (var i = 1; i <= Records; i++)
        {
            if (_batches.Count == 0 || _batches[^1].IsFull)
            {
                _batches.Add(new ArchiveRecordBatch(BatchSize));
            }

            var content = Encoding.UTF8.GetBytes($"{{\"text\":\"Wat een mooie sportdag vandaag bij De Regenboog! Dank aan alle ouders die hielpen. Bericht {i}.\",\"account\":\"regenboog-x\",\"padding\":\"{new string('x', 300)}\"}}");
            var hash = SHA256.HashData(content);
            var space = _batches[^1].Append(i, start + (i * 1000L), 0, type.Length, hash.Length, content.Length);
            type.CopyTo(space);
            hash.CopyTo(space[type.Length..]);
            content.CopyTo(space[(type.Length + hash.Length)..]);
            var leaf = new byte[MerkleTree.HashSize];
            _batches[^1].WriteLeafHash(_batches[^1].Count - 1, leaf);
            _leaves.Add(leaf);
        }
    }

    [Benchmark]
    public long Verify100k()
    {
        var verifier = new ArchiveVerifier([], new Dictionary<string, byte[]>());
        foreach (var batch in _batches)
        {
            verifier.Add(batch);
        }

        return verifier.Finish().Records;
    }

    [Benchmark]
    public byte[] Root100k()
    {
        var tree = new MerkleRootBuilder();
        foreach (var leaf in _leaves)
        {
            tree.AddLeafHash(leaf);
        }

        return tree.Root();
    }
}
