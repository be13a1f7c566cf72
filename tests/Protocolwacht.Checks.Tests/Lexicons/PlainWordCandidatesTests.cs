using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>
/// A plain word's candidates, kept by the lexicon index across checks with their look-ahead beside them (see
/// PlainWord, Candidate), find the same matches, in the same order, as the candidates the index collects afresh for a
/// token that is not a plain word (whose look-ahead cannot rule anything out by its key, only by its classes).
/// </summary>
public class PlainWordCandidatesTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Theory]
    [InlineData("De helft van de leerlingen is ziek, de minister moet nu echt iets doen.")] // entries that start with "de"
    [InlineData("Het nieuws meldde het, het wordt tijd dat het kabinet ingrijpt.")] // with "het"
    [InlineData("Een op de drie leerlingen haalde een 8 voor de toets.")] // with "een", a digit after it
    [InlineData("Zij is gewaarschuwd. Jij bent gewaarschuwd, jullie zijn gewaarschuwd!")] // a term after a class
    [InlineData("De. Helft van de. Klas")] // a sentence end after the first word
    [InlineData("de h*lft van de k*as en de 1d10t")] // masked and leetspeak next words
    [InlineData("de")] // the first word is the last token
    public void FindAll_FromAPlainWordsCandidates_FindsWhatCollectingThemAfreshFinds(string text)
    {
        var tokens = Tokenizer.Tokenize(NormalisedText.Create(text)).ToArray();
        var classes = Resources.Index.Classify(tokens);

        var filtered = Find(tokens, classes);
        var unfiltered = Find(tokens, WithoutPlainWords(classes));

        Assert.Equal(Describe(unfiltered), Describe(filtered));
    }

    [Fact]
    public void FindAll_FromAPlainWordsCandidates_StillFindsAnEntryTheNextWordNames()
    {
        // Shows the comparison above can see a difference: this sentence has a match a wrong look-ahead would drop.
        var tokens = Tokenizer.Tokenize(NormalisedText.Create("De helft van de leerlingen is ziek.")).ToArray();
        var classes = Resources.Index.Classify(tokens);

        var found = Describe(Find(tokens, classes));

        Assert.Contains("de helft van de", found, StringComparison.Ordinal);
    }

    // The same classes without the plain words, so the index collects every token's candidates afresh.
    private static TokenClasses WithoutPlainWords(TokenClasses classes)
    {
        var tokens = new ClassedToken[classes.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new ClassedToken(classes[i]);
        }

        return new TokenClasses(tokens);
    }

    private static List<LexiconMatch>?[] Find(Token[] tokens, TokenClasses classes)
    {
        var slots = new List<LexiconMatch>?[Resources.Lexicons.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = [];
        }

        Resources.Index.FindAll(tokens, classes, slots);
        return slots;
    }

    private static string Describe(List<LexiconMatch>?[] slots) =>
        string.Join('\n', slots.SelectMany((s, id) => s!.Select(m => $"{id} {m.First}-{m.Last} {m.Entry.Source}")));
}
