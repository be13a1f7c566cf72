using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Domain.Tests.Archive;

/// <summary>
/// The Certificate Transparency reference vectors (RFC 6962/9162: the same leaves, roots and proofs every
/// CT implementation publishes), so an outside auditor's tool computes the same roots as ours.
/// </summary>
public class MerkleTreeTests
{
    private static readonly byte[][] Leaves = [.. new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }
        .Select(h => MerkleTree.LeafHash(Convert.FromHexString(h)))];

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void Root_OfTheReferenceLeaves_IsTheReferenceRootForEverySize()
    {
        for (var size = 0; size <= Leaves.Length; size++)
        {
            Assert.Equal(Roots[size], Convert.ToHexStringLower(MerkleTree.Root(Leaves, size)));
        }
    }

    [Fact]
    public void RootBuilder_OnePass_GivesTheSameRootAtEverySize()
    {
        var builder = new MerkleRootBuilder();
        Assert.Equal(Roots[0], Convert.ToHexStringLower(builder.Root()));
        for (var i = 0; i < Leaves.Length; i++)
        {
            builder.AddLeafHash(Leaves[i]);
            Assert.Equal(Roots[i + 1], Convert.ToHexStringLower(builder.Root()));
        }
    }

    [Theory]
    [InlineData(0, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(5, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    public void InclusionProof_InTheTreeOfEight_IsTheReferenceProof(int index, params string[] expected)
    {
        var proof = MerkleTree.InclusionProof(Leaves, index, 8);
        Assert.Equal(expected, proof.Select(Convert.ToHexStringLower));
        Assert.True(MerkleTree.VerifyInclusion(Leaves[index], index, 8, proof, Convert.FromHexString(Roots[8])));
    }

    [Fact]
    public void ConsistencyProof_FromTwoToEight_IsTheReferenceProof()
    {
        var proof = MerkleTree.ConsistencyProof(Leaves, 2, 8);
        Assert.Equal(["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
            proof.Select(Convert.ToHexStringLower));
    }

    [Fact]
    public void Proofs_ForEveryLeafAndSizeUpTo40_VerifyAndATamperedOneDoesNot()
    {
        var leaves = Enumerable.Range(0, 40).Select(i => MerkleTree.LeafHash([(byte)i, (byte)(i * 7)])).ToList();
        for (var size = 1; size <= leaves.Count; size++)
        {
            var root = MerkleTree.Root(leaves, size);
            for (var index = 0; index < size; index++)
            {
                var proof = MerkleTree.InclusionProof(leaves, index, size);
                Assert.True(MerkleTree.VerifyInclusion(leaves[index], index, size, proof, root));
                Assert.False(MerkleTree.VerifyInclusion(leaves[(index + 1) % leaves.Count], index, size, proof, root));
                if (proof.Count > 0)
                {
                    var bent = proof.Select(p => (byte[])p.Clone()).ToList();
                    bent[0][0] ^= 1;
                    Assert.False(MerkleTree.VerifyInclusion(leaves[index], index, size, bent, root));
                }
            }

            for (var old = 1; old <= size; old++)
            {
                var proof = MerkleTree.ConsistencyProof(leaves, old, size);
                var oldRoot = MerkleTree.Root(leaves, old);
                Assert.True(MerkleTree.VerifyConsistency(old, size, oldRoot, root, proof));
                if (old < size)
                {
                    var otherOld = (byte[])oldRoot.Clone();
                    otherOld[0] ^= 1;
                    Assert.False(MerkleTree.VerifyConsistency(old, size, otherOld, root, proof));
                }
            }
        }
    }

    [Fact]
    public void LeafAndNode_AreHashedWithDifferentPrefixes()
    {
        var a = MerkleTree.LeafHash([1]);
        var b = MerkleTree.LeafHash([2]);
        var asLeaf = MerkleTree.LeafHash([.. a, .. b]);
        Assert.NotEqual(asLeaf, MerkleTree.NodeHash(a, b));
    }
}

public class MerkleProverTests
{
    [Fact]
    public void InclusionProof_ForEveryLeafAndSize_IsTheRecursiveProof()
    {
        var leaves = Enumerable.Range(0, 33).Select(i => MerkleTree.LeafHash([(byte)i])).ToList();
        for (var size = 1; size <= leaves.Count; size++)
        {
            var prover = new MerkleProver(leaves, size);
            Assert.Equal(MerkleTree.Root(leaves, size), prover.Root());
            for (var index = 0; index < size; index++)
            {
                Assert.Equal(MerkleTree.InclusionProof(leaves, index, size), prover.InclusionProof(index));
            }
        }
    }
}
