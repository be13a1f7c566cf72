namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// A disease word is the disease beside the fight against it ("de strijd tegen kanker"), but a compound that merely
/// ends in "strijd" or "tegen" is another fight or a stance ("wedstrijd", "machtsstrijd", "ertegen"): a curse beside
/// it stays a curse. Found by stop 32's held-out batch (a curse as an interjection before a match); the sentences
/// here are new.
/// </summary>
public class DiseaseFightTests
{
    private static Severity? Profanity(string text) =>
        TestChecker.PersonalByRules(text, "bas.meijer").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Kanker, wat een wedstrijd was dat zondag.")]
    [InlineData("Tyfus, die machtsstrijd in de gemeenteraad duurt eindeloos.")]
    [InlineData("Tering, wat een titelstrijd werd het dit seizoen.")]
    public void Check_CurseBesideACompoundEndingInAFight_IsProfanity(string text) =>
        Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("Haar strijd tegen kanker duurde drie jaar en ze heeft hem gewonnen.")]
    [InlineData("Wij lopen zaterdag mee tegen kanker, elke kilometer telt.")]
    public void Check_TheFightAgainstTheDisease_IsNoCurse(string text) => Assert.Null(Profanity(text));
}
