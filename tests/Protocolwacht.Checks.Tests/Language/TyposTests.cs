using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>Typing slips read as the word meant: neighbours swapped, one letter too many.</summary>
public class TyposTests
{
    [Theory]
    [InlineData("onderwjis", "onderwijs")] // swapped (the dictionary's ij ligature folded to two letters)
    [InlineData("praktjik", "praktijk")]
    [InlineData("zienkenhuis", "ziekenhuis")] // one letter too many
    [InlineData("possitief", "positief")]
    public void Reading_OneSlipFromADictionaryWord_IsThatWord(string typed, string meant) =>
        Assert.Equal(meant, Typos.Reading(typed));

    [Fact]
    public void Reading_NothingNear_IsNull() => Assert.Null(Typos.Reading("xqzvbnmw"));

    [Theory]
    [InlineData("moete", "moeten")] // a spoken ending, five letters
    [InlineData("kapod", "kapot")]
    public void ReadingOfUnknown_ShortWordWithASpokenEnding_PassesTheFilterAndIsRead(string typed, string meant)
    {
        Assert.True(Typos.MayHaveReading(typed));
        Assert.Equal(meant, Typos.ReadingOfUnknown(typed));
    }

    // The filter before the cache only skips words that cannot have a reading: every string of three to five of these
    // letters that it skips has none, and some that it lets through have one (so the comparison can fail).
    [Fact]
    public void MayHaveReading_False_OnlyForWordsWithoutAReading()
    {
        const string Letters = "adekmnort";
        var read = 0;
        foreach (var word in Strings(Letters, 3).Concat(Strings(Letters, 4)).Concat(Strings(Letters, 5)))
        {
            var reading = Typos.ReadingOfUnknown(word);
            if (!Typos.MayHaveReading(word))
            {
                Assert.Null(reading);
            }
            else if (reading is not null)
            {
                read++;
            }
        }

        Assert.True(read > 10, $"{read} readings");
    }

    private static IEnumerable<string> Strings(string letters, int length) =>
        length == 0 ? [string.Empty] : Strings(letters, length - 1).SelectMany(s => letters.Select(c => s + c));

    [Fact]
    public void Check_TypoInATopicWord_StillMakesItAnEducationPost()
    {
        Assert.True(TestChecker.Personal("Het passend onderwjis is op papier prachtig maar in de praktjik een drama.", "marieke.jansen").Has(Categories.Capacity, Severity.Doubt));
        Assert.False(TestChecker.Personal("Het is op papier prachtig maar in de tuin een drama.", "marieke.jansen").Has(Categories.Capacity));
    }
}
