namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's eighteenth pass (rules14), each with a contrast, in sentences written for this test (not
/// taken from a corpus), judged by the rules alone: a threat to someone else's property (damaged or gone, done by the
/// author, on a condition or soon), lying in wait at the addressee's place or for them, a group kept out with "er mogen/
/// komen geen X meer in onze …", dated insult nouns (also of someone else's family), and the allowed side: damage told, one's own things, a favour, a visit
/// with a purpose, who lives where, and a title written without quotation marks.
/// </summary>
public class EighteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurman nog eens over mijn hek klaagt, prik ik zijn banden lek.")]
    [InlineData("Jouw brommer ligt morgen in stukken als je zo doorgaat.")]
    [InlineData("Die trainer moet weten dat zijn auto er vanavond niet meer staat.")]
    [InlineData("Nog één keer en ik gooi je ruiten in.")]
    public void Check_SomeonesPropertyThreatened_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je fiets lek is, plak ik hem morgen voor je.")]
    [InlineData("Mijn banden waren gisteren allebei lek.")]
    [InlineData("De storm heeft zijn schuur vannacht helemaal platgelegd.")]
    [InlineData("Ik breng je kapotte fiets morgen naar de fietsenmaker.")]
    public void Check_DamageToldOwnOrAFavour_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Morgen sta ik bij je op de stoep.")]
    [InlineData("Vannacht zit ik in de auto op je te wachten.")]
    [InlineData("Jij daar met je grote mond: vanavond om tien uur sta ik bij je op de stoep.")] // "om" a time, no purpose
    public void Check_LyingInWait_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Morgen sta ik bij je op de stoep met de verhuisdozen.")]
    [InlineData("Vanavond ben ik bij je thuis om op de kinderen te passen.")]
    [InlineData("Morgen om negen uur ben ik bij je thuis om de wasmachine aan te sluiten.")] // a time and a purpose
    [InlineData("Ik sta al een kwartier op je te wachten bij de ingang.")]
    public void Check_VisitWithAPurposeOrWaitingNow_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_GroupNoLongerAllowedInOurStreet_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Er mogen geen Polen meer in onze straat komen."));

    [Fact]
    public void Check_WhoNoLongerLivesInOurStreet_IsNoHate() =>
        Assert.Null(Harm("Er wonen geen Polen meer in onze straat, de laatste familie is verhuisd."));

    [Theory]
    [InlineData("Wat een teut is die kassière.")]
    [InlineData("Die vrouw van de bakker is een del.")]
    [InlineData("Die buurvrouw is een sloerie.")]
    public void Check_PersonCalledADatedInsultNoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_SomeoneElsesFamilyCalledAnInsultInContext_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Die oom van de buurjongen is een ouwe kwast."));

    [Fact]
    public void Check_OwnChildTeased_IsNoInsult() => Assert.Null(Harm("Mijn zoontje is een echte kwast, hij doet alles andersom."));

    [Fact]
    public void Check_DuneValley_IsNoInsult() => Assert.Null(Harm("In de del achter het duin groeien orchideeën."));

    [Theory]
    [InlineData("De film Stomme sukkels draait zaterdag in het filmhuis.")]
    [InlineData("Tip voor de vakantie: De idioot van Dostojevski.")]
    public void Check_UnquotedTitleWithAnInsultWord_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_CapitalisedInsultWithoutAWorkWord_Blocks() => Assert.Equal(Severity.Block, Harm("Die buurman is een Sukkel."));
}
