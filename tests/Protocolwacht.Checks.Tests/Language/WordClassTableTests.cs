using System.Security.Cryptography;
using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The word classes are loaded at start-up from a table expanded ahead of time (Language/Data/classes.bin,
/// <see cref="WordClassTable"/>). It must be current — made from the class files and tables embedded now, and equal to
/// what expanding them gives, form by form, in the same order, with the same classes and the same slots — and a
/// table made from other data must be refused, so the check falls back to expanding rather than using it.
/// </summary>
public class WordClassTableTests
{
    private const string Regenerate = "Language/Data/classes.bin is stale: run `dotnet run --project tools/Protocolwacht.WordClassTable -c Release -- .`";

    private static readonly WordClasses Fresh = WordClasses.Expanded();

    [Fact]
    public void StoredTable_WasMadeFromTheEmbeddedData()
    {
        Assert.True(WordClassTable.TryLoad(WordClassTable.SourceHash(), out _, out _), Regenerate);
    }

    [Fact]
    public void StoredTable_EqualsAFreshExpansion()
    {
        Assert.True(WordClassTable.TryLoad(WordClassTable.SourceHash(), out var names, out var forms), Regenerate);

        Assert.Equal(Fresh.Names, names);
        AssertSame(Fresh.Forms, forms);
    }

    [Fact]
    public void DefaultClasses_AreTheFreshExpansion()
    {
        Assert.Equal(Fresh.Names, WordClasses.Default.Names);
        AssertSame(Fresh.Forms, WordClasses.Default.Forms);
        Assert.Equal(Fresh.Mask("protected-group"), WordClasses.Default.Mask("protected-group"));
        Assert.Equal(Fresh.Of("marokkanen"), WordClasses.Default.Of("marokkanen"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("marokkanen"));
    }

    [Fact]
    public void WrittenTable_ReadsBackWithItsHash_AndIsRefusedWithAnother()
    {
        var bytes = WordClassTable.Write(Fresh.Names, Fresh.Forms, 12345);

        Assert.True(WordClassTable.TryRead(bytes, 12345, out var names, out var forms));
        Assert.Equal(Fresh.Names, names);
        AssertSame(Fresh.Forms, forms);
        Assert.False(WordClassTable.TryRead(bytes, 12346, out _, out _));
        Assert.False(WordClassTable.TryRead(bytes.AsSpan(0, 8), 12345, out _, out _));
        Assert.False(WordClassTable.TryRead([], 12345, out _, out _));
    }

    [Fact]
    public void WrittenTable_KeepsClassesBeyondBit255_UpToTheMasksHighestBit()
    {
        // As many classes as a mask holds, so the last ones are numbers a byte cannot store (version 1 of the file
        // wrote a class number in one byte); "schoolplein" has a low class, the first beyond 255 and the highest.
        var names = Enumerable.Range(0, ClassMask.Bits).Select(i => $"klasse-{i}").ToList();
        var forms = new FormTable();
        var wide = (ClassMask.One << 3) | (ClassMask.One << 256) | (ClassMask.One << (ClassMask.Bits - 1));
        forms.Add("schoolplein", wide);
        forms.Add("speelplaats", ClassMask.One << (ClassMask.Bits - 2));

        var bytes = WordClassTable.Write(names, forms, 42);

        Assert.True(WordClassTable.TryRead(bytes, 42, out var readNames, out var read));
        Assert.Equal(names, readNames);
        Assert.Equal(wide, read.Of("schoolplein"));
        Assert.Equal(ClassMask.One << (ClassMask.Bits - 2), read.Of("speelplaats"));
        var seen = new List<string>();
        for (var rest = read.Of("schoolplein"); rest != 0; rest &= rest - 1)
        {
            seen.Add(readNames[ClassMask.TrailingZeroCount(rest)]);
        }

        Assert.Equal(["klasse-3", "klasse-256", $"klasse-{ClassMask.Bits - 1}"], seen);
    }

    [Fact]
    public void SourceHash_IsStable_AndTheStoredTableRecordsIt()
    {
        var hash = WordClassTable.SourceHash();

        Assert.Equal(hash, WordClassTable.SourceHash());
        Assert.NotEqual(0UL, hash);
        Assert.False(WordClassTable.TryLoad(hash + 1, out _, out _));
    }

    [Fact]
    public void BuildTimeHashes_AreTheEmbeddedClassFilesAndTables_AsTheyAreNow()
    {
        // What the build hashed (WordClassSources) against every class file and table embedded in the assembly: a file
        // added, removed or changed without the build's list following would let a stale classes.bin pass.
        const string prefix = "Protocolwacht.Checks.";
        var embedded = typeof(WordClassTable).Assembly.GetManifestResourceNames()
            .Where(n => (n.StartsWith(prefix + "Language.Classes.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
                || n is prefix + "Language.Data.forms.tsv" or prefix + "Language.Data.polarity.tsv")
            .Order(StringComparer.Ordinal)
            .Select(n => $"{n[prefix.Length..]}={Sha256(n)}")
            .ToList();
        var built = WordClassSources.Hashes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.ToUpperInvariant())
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(embedded.Count > 200, $"{embedded.Count} files");
        Assert.Equal(embedded.Select(e => e.ToUpperInvariant()), built);
        Assert.Equal(WordClassTable.SourceHash(string.Join(' ', embedded)), WordClassTable.SourceHash());
    }

    [Fact]
    public void SourceHash_ChangesWithAnyFilesHash_NotWithTheOrderOfTheList()
    {
        var entries = WordClassSources.Hashes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = (string[])entries.Clone();
        changed[^1] = changed[^1][..^1] + (changed[^1][^1] == '0' ? '1' : '0');

        Assert.NotEqual(WordClassTable.SourceHash(), WordClassTable.SourceHash(string.Join(' ', changed)));
        Assert.NotEqual(WordClassTable.SourceHash(), WordClassTable.SourceHash(string.Join(' ', entries[1..])));
        Assert.Equal(WordClassTable.SourceHash(), WordClassTable.SourceHash(string.Join(' ', entries.Reverse())));
        Assert.False(WordClassTable.TryLoad(WordClassTable.SourceHash(string.Join(' ', changed)), out _, out _), "a table made from other data is refused");
    }

    private static string Sha256(string resource)
    {
        using var stream = typeof(WordClassTable).Assembly.GetManifestResourceStream(resource)!;
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static void AssertSame(FormTable expected, FormTable actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var differences = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected.FormAt(i) != actual.FormAt(i) || expected.MaskAt(i) != actual.MaskAt(i) || actual.Of(expected.FormAt(i)) != expected.MaskAt(i))
            {
                differences.Add($"{i}: {expected.FormAt(i)} / {actual.FormAt(i)}");
            }
        }

        Assert.Empty(differences);
        Assert.True(expected.Slots.SequenceEqual(actual.Slots));
    }
}
