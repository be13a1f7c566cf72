using System.Text;
using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The dictionary's words are kept as the bytes of Language/Data/words.txt with a hash table of offsets
/// (<see cref="WordTable"/>): it must answer exactly what a set of the file's lines answers, for every word and for
/// near misses (a letter more or less, a letter outside a-z, upper case).
/// </summary>
public class WordTableTests
{
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

    private static string[] WordLines()
    {
        var text = DataFiles.ReadEmbeddedText("Language.Data.words.txt");
        var body = text.IndexOf("\n\n", StringComparison.Ordinal);
        return [.. text[(body + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
