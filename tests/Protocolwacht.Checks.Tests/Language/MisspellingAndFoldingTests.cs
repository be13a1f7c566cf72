using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>Group nouns written with a letter dropped, doubled or swapped; lemmas with diacritics keep their forms.</summary>
public class MisspellingAndFoldingTests
{
    private static ClassMask ClassesOf(string word)
    {
        var token = Assert.Single(Tokenizer.Tokenize(NormalisedText.Create(word)));
        return TokenClassifier.Default.Classify(token);
    }

    [Theory]
    [InlineData("marokanen")] // dropped
    [InlineData("vluchtelinggen")] // doubled
    [InlineData("muslims")] // swapped
    [InlineData("Syriërs")] // a lemma with a diaeresis and its plural from the dictionary
    public void Classify_GroupNounMisspeltOrWithDiacritics_IsAProtectedGroup(string word) =>
        Assert.NotEqual(ClassMask.Zero, ClassesOf(word) & WordClasses.Default.Mask("protected-group"));

    [Theory]
    [InlineData("leerlingen")]
    [InlineData("vrijwilligers")]
    [InlineData("gebouwen")]
    public void Classify_OrdinaryWord_IsNoGroup(string word) =>
        Assert.Equal(ClassMask.Zero, ClassesOf(word) & WordClasses.Default.Mask("protected-group"));

    [Fact]
    public void FormsOf_FoldedLemmaWithDiacritics_ComesFromTheTable() =>
        Assert.Contains("somaliërs", Morphology.FormsOf("somalier"));
}
