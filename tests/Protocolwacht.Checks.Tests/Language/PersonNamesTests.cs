using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// Language/Data/names.txt holds the dictionary's person names (written only with a capital, flagged as a name, not a
/// place, company or work, not a lower-case word or its inflection): it must know first names and must not hold the
/// words that open sentences, or names that are also words.
/// </summary>
public class PersonNamesTests
{
    [Theory]
    [InlineData("sofie")]
    [InlineData("jesse")]
    [InlineData("lotte")]
    [InlineData("yara")]
    public void FirstNames_AreNames(string name) => Assert.True(PersonNames.Contains(name), name);

    [Theory]
    [InlineData("gisteren")]
    [InlineData("vandaag")]
    [InlineData("iedereen")]
    [InlineData("beste")] // "Beste ouders": an inflection of "best", though the dictionary lists a surname Beste
    [InlineData("roos")] // a flower too
    [InlineData("amsterdam")] // a place
    public void WordsPlacesAndNamesThatAreWords_AreNotNames(string word) => Assert.False(PersonNames.Contains(word), word);

    [Fact]
    public void EveryLineAfterTheHeader_IsLowerCaseAToZ()
    {
        var text = DataFiles.ReadEmbeddedText("Language.Data.names.txt");
        var lines = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 10_000);
        Assert.All(lines, l => Assert.Matches("^[a-z]+$", l));
    }
}
