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

    [Fact]
    public void Check_TypoInATopicWord_StillMakesItAnEducationPost()
    {
        Assert.True(TestChecker.Personal("Het passend onderwjis is op papier prachtig maar in de praktjik een drama.", "marieke.jansen").Has(Categories.Capacity, Severity.Doubt));
        Assert.False(TestChecker.Personal("Het is op papier prachtig maar in de tuin een drama.", "marieke.jansen").Has(Categories.Capacity));
    }
}
