namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// tests16: a story or play named by a compound whose last part is one (class <c>story-head</c>: "schoolmusical",
/// "kerstvoorstelling", "jeugdfilm", "poppentoneel") is fiction, as the word alone is: an insult or a blow in it is the
/// part's. The other fiction words do not make a compound a story ("deegrol", "privédetective", "levensverhaal"): an
/// insult or a threat beside one still blocks. Written for this test, judged by the rules alone; each allowed sentence
/// blocked before (the compound was no fiction word), each blocking one blocks before and after.
/// </summary>
public class TwentyNinthPassTests16PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("In de schoolmusical is de koning een echte sukkel, de kinderen lagen dubbel.")]
    [InlineData("In de eindmusical van groep 8 is de burgemeester een domme idioot die alles vergeet.")]
    [InlineData("In onze kerstvoorstelling is de herbergier een gierige sukkel.")]
    [InlineData("De reus in het poppentoneel is een lompe idioot, de kleuters vonden het prachtig.")]
    [InlineData("In de jeugdfilm die we keken was de tovenaar een sukkel.")]
    public void Check_AnInsultInAStoryNamedByItsLastPart_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die privédetective van de buren is een vuile sukkel.")]
    [InlineData("Ik sla je met de deegrol op je kop als je dat nog eens doet.")]
    [InlineData("Die meester is een sukkel, dat zegt iedereen na het buitenspelen.")]
    [InlineData("Die conciërge met zijn ledstrip is een idioot.")]
    [InlineData("Die penningmeester met zijn kasboek is een sukkel.")]
    public void Check_AnInsultBesideACompoundOfAnotherFictionWord_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
