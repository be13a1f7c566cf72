namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's seventh pass (hate), each with a contrast, in sentences written
/// for this test (not taken from a corpus): a group reduced to self-interest, insults and slurs that are also
/// ordinary words, implicit death wishes, hate as a question, conditional threat idioms, and the neutral
/// mentions of groups that must pass: victims, figures, one person's illness, disapproval of a deed,
/// an animal's origin, labels others gave, myths denied, hate quoted to condemn it.
/// </summary>
public class SeventhPassPatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    private static Verdict VerdictOf(string text) => TestChecker.Personal(text, "bas.meijer").Verdict;

    [Theory]
    [InlineData("Pakistanen denken alleen maar aan hun eigen voordeel.")]
    [InlineData("Die Koerden willen alleen maar ruzie, overal waar ze komen.")]
    [InlineData("Ik zeg het eerlijk: dat Indiërs alleen aan geld denken weet iedereen.")]
    public void Check_StereotypeWithAlleenMaar_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vluchtelingen willen alleen maar een veilige plek voor hun gezin.")]
    [InlineData("Mijn dochter denkt alleen maar aan haar verjaardag.")]
    public void Check_AlleenMaarWithoutAVice_IsNotAStereotype(string text) =>
        Assert.Null(TestChecker.PersonalByRules(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement)); // stop 32's second opinion doubts the first (Learning/SecondOpinionTests)

    [Theory]
    [InlineData("Die Algerijnen zijn net wilden.")]
    [InlineData("Ze gedroegen zich als wilden, die Bosniërs.")]
    public void Check_WildenSaidOfAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De Egyptenaren wilden graag met ons mee naar het strand.")]
    [InlineData("De kleuters waren wild na de lange regenpauze.")]
    public void Check_WildenAsAVerbOrWild_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Jij smerige pot, blijf uit mijn buurt.")]
    [InlineData("Vuile pot!")]
    public void Check_PotAimedAtAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat een lelijke pot heeft mijn buurvrouw gekocht op de rommelmarkt.")]
    [InlineData("Haal je vieze poten van de bank, zei ik tegen de hond.")]
    [InlineData("Een pot koffie voor de vrijwilligers staat klaar.")]
    public void Check_PotAsAnOrdinaryWord_IsNoSlur(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Sikhs hadden nooit geboren mogen worden.")]
    [InlineData("Dit land is veel beter af zonder Libanezen.")]
    [InlineData("Niemand zou het missen als die Tunesiërs opeens verdwenen waren.")]
    [InlineData("Die Molukkers mogen van mij creperen.")]
    public void Check_ImplicitDeathWish_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn tuin is veel beter af zonder onkruidverdelger.")]
    [InlineData("Wie zegt dat Roma beter nooit geboren hadden kunnen worden, moet zich schamen.")]
    public void Check_DeathWishFrameWithoutAGroupOrCondemned_IsNotHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom mogen die Irakezen hier eigenlijk blijven?")]
    [InlineData("Waarom laten we nog meer Iraniërs binnen?")]
    [InlineData("Wie heeft die Palestijnen eigenlijk gevraagd om hier te komen?")]
    [InlineData("Waarom krijgen Nigerianen eigenlijk gratis een woning?")]
    public void Check_HateAsAQuestion_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom mogen Oekraïners hier niet gewoon werken tijdens hun procedure?")]
    [InlineData("Wie heeft de Ghanese zangeres uitgenodigd voor het dorpsfeest? Prachtig optreden!")]
    public void Check_SympatheticQuestionAboutAGroup_IsNotHate(string text) =>
        Assert.Null(TestChecker.PersonalByRules(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement)); // the second opinion doubts the first (Learning/SecondOpinionTests)

    [Theory]
    [InlineData("Als ik jou in het park tegenkom, dan ben je nog niet jarig.")]
    [InlineData("Kom nog eens aan mijn auto en dan weet je wat er gebeurt.")]
    public void Check_ConditionalThreatIdiom_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_BirthdayWithoutAThreat_IsNothing() =>
        Assert.Null(Harm("Ben je nog niet jarig geweest dit jaar? Dan trakteer ik je op taart."));

    [Theory]
    [InlineData("Surinaamse meisjes worden vaker slachtoffer van pesten op sociale media.")]
    [InlineData("Volgens onderzoek van het CBS zijn Antilliaanse jongeren vaker werkloos.")]
    [InlineData("De Turkse vrouw van de overkant is ernstig ziek, we brengen haar soep.")]
    [InlineData("Islamitische graven in Den Haag zijn beklad, walgelijk.")]
    [InlineData("Aziatische olifanten zijn kleiner dan Afrikaanse.")]
    [InlineData("Ik ken veel Polen die hard werken; dat ze allemaal zuipen is een fabeltje.")]
    public void Check_NeutralMentionOfAGroup_IsNotStopped(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Theory]
    [InlineData("Antillianen zijn vaker crimineel, blijkt uit cijfers.")] // a negative attribute, cited or not
    [InlineData("Die Turk is een vies beest.")]
    public void Check_HateBesideFiguresOrOfOnePerson_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_HateQuotedToCondemnIt_IsNeitherHateNorAQuote() =>
        Assert.Equal(Verdict.Allow, VerdictOf("Iemand schreef onder mijn foto dat Marokkanen alleen maar stelen. Wat een onzin."));

    [Fact]
    public void Check_ColleagueQuotedSayingHate_IsStillAQuote() =>
        Assert.NotNull(TestChecker.Personal("Mijn collega zei dat Marokkanen alleen maar stelen. Wat een onzin.", "bas.meijer").SeverityOf(Categories.Quote));
}
