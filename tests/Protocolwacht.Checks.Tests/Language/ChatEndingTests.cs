using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// Endings as people type them in chat: the apostrophe of a vowel plural left out ("homos"), the n of "-en" dropped as
/// spoken Dutch does ("turke", "moete"), or its e ("vluchtelingn"). Written for the eleventh pass; none of these words
/// is in a corpus line.
/// </summary>
public class ChatEndingTests
{
    private static bool IsGroup(string word)
    {
        var token = Assert.Single(Tokenizer.Tokenize(NormalisedText.Create(word)));
        return (TokenClassifier.Default.Classify(token) & WordClasses.Default.Mask("protected-group")) != 0;
    }

    [Theory]
    [InlineData("homos")] // homo's
    [InlineData("vluchtelingn")] // vluchtelingen: the dictionary read it as "vluchteling" plus an ending
    [InlineData("Turke")] // Turken
    public void Classify_GroupNounWithAChatEnding_IsAProtectedGroup(string word) => Assert.True(IsGroup(word), word);

    [Theory]
    [InlineData("Lesbos")] // the island: a dictionary word keeps its meaning
    [InlineData("toren")]
    [InlineData("lammes")]
    public void Classify_AWordWithSuchAnEndingThatIsNoGroup_StaysNoGroup(string word) => Assert.False(IsGroup(word), word);

    [Theory]
    [InlineData("Al die Somaliers moete terug naar hun eige land.")]
    [InlineData("Die homos moeten allemaal oprotten.")]
    [InlineData("Vluchtelingn zijn parasieten.")]
    [InlineData("Als ik je nog eens zie, vermoort ik je.")] // d and t sound the same
    [InlineData("Ik maak je aff, let maar op.")] // a last letter typed twice
    [InlineData("Ik maak je kappot als ik je morgen zie.")] // the particle of a split verb with a doubled letter
    public void Check_HateWithChatEndings_IsBlocked(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Deze zomer gaan we met het gezin naar Lesbos, daar is het prachtig.")]
    [InlineData("We moete nog even wachten op de bus, de kinderen zijn moe.")]
    [InlineData("Hij word morgen tien, ik maak een taart van aardbeien.")]
    public void Check_ChatEndingsInAnOrdinaryPost_AreNoHate(string text) =>
        Assert.Null(TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));
}
