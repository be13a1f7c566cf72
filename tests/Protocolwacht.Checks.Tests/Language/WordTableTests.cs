using System.Buffers.Binary;
using System.Text;
using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The dictionary's words are kept as the bytes of Language/Data/words.txt with a hash table of offsets
/// (<see cref="WordTable"/>): it must answer exactly what a set of the file's lines answers, for every word and for
/// near misses (a letter more or less, a letter outside a-z, upper case). The slots are stored ahead (words.slots,
/// names.slots): they must be the slots the file's text gives now, and slots made from another text must be refused.
/// </summary>
public class WordTableTests
{
    private const string Regenerate = "is stale: run `dotnet run --project tools/Protocolwacht.WordClassTable -c Release -- .`";

    private static readonly string[] Lines = WordLines();

    [Fact]
    public void EveryLineOfTheFile_IsAWord()
    {
        Assert.True(Lines.Length > 100_000);
        Assert.All(Lines, w => Assert.True(DictionaryWords.Contains(w), w));
    }

    [Fact]
    public void NearMisses_AreAnsweredAsASetOfTheLinesAnswers()
    {
        var set = new HashSet<string>(Lines, StringComparer.Ordinal);
        var disagreements = new List<string>();
        var asked = 0;
        foreach (var word in Lines.Where((_, i) => i % 7 == 0))
        {
            foreach (var variant in new[] { word + "s", word + "x", word[..^1], word[1..], word.ToUpperInvariant(), word + "ë", "é" + word, word + "\n" })
            {
                asked++;
                if (DictionaryWords.Contains(variant) != set.Contains(variant))
                {
                    disagreements.Add(variant);
                }
            }
        }

        Assert.True(asked > 100_000);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void TheFileHoldsOnlyLowerCaseLetters_WhichTheTableReadsAsOneByteEach()
    {
        Assert.All(Lines, w => Assert.True(w.All(c => c is >= 'a' and <= 'z'), w));
    }

    [Fact]
    public void AHeaderBeforeTheEmptyLine_AndAMissingLastNewline_AreReadAsTheLoaderReadsThem()
    {
        var table = WordTable.FromText(Encoding.ASCII.GetBytes("# header words\n\naap\nnoot\nmies"));

        Assert.Equal(3, table.Count);
        Assert.True(table.Contains("mies"));
        Assert.True(table.Contains("aap"));
        Assert.False(table.Contains("header"));
        Assert.False(table.Contains(string.Empty));
    }

    [Theory]
    [InlineData("words.txt")]
    [InlineData("names.txt")]
    public void StoredSlots_AreTheSlotsTheEmbeddedTextGivesNow(string file)
    {
        var text = EmbeddedBytes(file);
        using var stored = Resource(WordTable.SlotsFile(file));
        Assert.NotNull(stored);

        var loaded = WordTable.FromStoredSlots(text, stored);

        Assert.True(loaded is not null, $"Language/Data/{WordTable.SlotsFile(file)} {Regenerate}");
        var fresh = WordTable.FromText(text);
        Assert.Equal(fresh.Count, loaded.Count);
        Assert.True(fresh.WriteSlots().AsSpan().SequenceEqual(loaded.WriteSlots()), $"Language/Data/{WordTable.SlotsFile(file)} {Regenerate}");
    }

    [Fact]
    public void StoredSlots_ReadBack_AndAreRefusedForAnotherTextOrWhenCut()
    {
        var text = Encoding.ASCII.GetBytes("# header\n\naap\nnoot\nmies\n");
        var slots = WordTable.FromText(text).WriteSlots();

        var read = WordTable.FromStoredSlots(text, new MemoryStream(slots));
        Assert.NotNull(read);
        Assert.Equal(3, read.Count);
        Assert.True(read.Contains("noot"));
        Assert.False(read.Contains("wim"));

        var other = Encoding.ASCII.GetBytes("# header\n\naap\nnoot\nwim\n");
        Assert.Null(WordTable.FromStoredSlots(other, new MemoryStream(slots)));
        Assert.Null(WordTable.FromStoredSlots(text, new MemoryStream(slots[..^4])));
        Assert.Null(WordTable.FromStoredSlots(text, new MemoryStream(slots[..20])));
        Assert.Null(WordTable.FromStoredSlots(text, new MemoryStream([.. slots, 0])));
    }

    [Fact]
    public void StoredSlots_WhoseHeaderClaimsMoreThanTheStreamHolds_AreRefusedBeforeTheTableIsAllocated()
    {
        // 2^28 slots (1 GB), where the text needs 16 and the stream holds 16.
        const int claimed = 1 << 28;
        var text = Encoding.ASCII.GetBytes("# header\n\naap\nnoot\nmies\n");
        var slots = WordTable.FromText(text).WriteSlots();
        BinaryPrimitives.WriteInt32LittleEndian(slots.AsSpan(20), claimed);
        var stream = new MemoryStream(slots);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = WordTable.FromStoredSlots(text, stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(read);
        Assert.True(allocated < 1024, $"{allocated} bytes allocated for slots that were refused");
    }

    [Fact]
    public void TheDictionary_LoadsTheTableItsTextGives()
    {
        var loaded = WordTable.Load("words.txt");
        var fresh = WordTable.FromText(EmbeddedBytes("words.txt"));

        Assert.Equal(fresh.Count, loaded.Count);
        Assert.True(fresh.WriteSlots().AsSpan().SequenceEqual(loaded.WriteSlots()));
        Assert.True(loaded.Contains("schoolplein"));
    }

    private static Stream? Resource(string file) =>
        typeof(WordTable).Assembly.GetManifestResourceStream($"Protocolwacht.Checks.Language.Data.{file}");

    private static byte[] EmbeddedBytes(string file)
    {
        using var stream = Resource(file)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string[] WordLines()
    {
        var text = DataFiles.ReadEmbeddedText("Language.Data.words.txt");
        var body = text.IndexOf("\n\n", StringComparison.Ordinal);
        return [.. text[(body + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
