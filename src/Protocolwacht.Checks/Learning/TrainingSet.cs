using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// Which labelled batches the second opinion learns from: shared/corpus/dev.jsonl and dev2.jsonl and the test
/// corpora, never a file whose name says held-out or holdout (those are evaluation only). Shared by the
/// training tool and the test that tells whether the committed weights are stale.
/// </summary>
internal static class TrainingSet
{
    public static IReadOnlyList<string> Files(string root)
    {
        var shared = Path.Combine(root, "..", "shared", "corpus");
        return [.. new[] { Path.Combine(shared, "dev.jsonl"), Path.Combine(shared, "dev2.jsonl") }
            .Concat(Directory.GetFiles(LocalFolder(root), "*.jsonl").Order(StringComparer.Ordinal))
            .Where(f => !IsHeldOut(f))];
    }

    public static IReadOnlyList<string> HeldOutFiles(string root) =>
        [.. Directory.GetFiles(LocalFolder(root), "*.jsonl").Where(IsHeldOut).Order(StringComparer.Ordinal)];

    public static bool IsHeldOut(string path)
    {
        var name = Path.GetFileName(path);
        return name.Contains("heldout", StringComparison.OrdinalIgnoreCase) || name.Contains("holdout", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>SHA-256 over every training file's name and bytes, in order: the weights file records it.</summary>
    public static string Hash(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(f) + "\n"));
            sha.AppendData(File.ReadAllBytes(f));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string LocalFolder(string root) => Path.Combine(root, "tests", "Protocolwacht.Checks.Tests", "Corpus");
}
