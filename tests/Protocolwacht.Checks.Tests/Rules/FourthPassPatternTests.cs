namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's fourth pass, each with a contrast, in sentences written for
/// this test (not taken from a corpus): complaints phrased politely (a polite opener, inaction, a building
/// that leaks, a countdown in words, a management that does not ask the team), confidential news hinted
/// (overheard, pending approval, shared meeting notes) and titles of works that hold an insult word.
/// </summary>
public class FourthPassPatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "noor.peters").SeverityOf(Categories.HarmfulStatement);

    private static bool Confidential(string text) => TestChecker.Personal(text, "kees.dekker").Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("Met alle begrip, maar de keuze van de directie voor een continurooster pakt voor de kleuters slecht uit.")] // polite opener
    [InlineData("Al twee jaar klachten over de ventilatie en er verandert niks.")] // inaction
    [InlineData("Het dak van de aula lekt alweer, drie emmers vandaag.")] // the building, again
    [InlineData("De verwarming in lokaal 6 doet het weer niet, jassen aan dus.")] // the building does not work
    [InlineData("Nog zes weken tot de meivakantie, ik sleep mezelf erheen.")] // countdown in words
    [InlineData("Het nieuwe toetsbeleid kwam van de directie; de werkvloer is er nooit over geraadpleegd.")] // not asked
    [InlineData("Onze leidinggevende wil geen geld uitgeven aan nieuwe laptops.")] // will not invest
    [InlineData("Drie uur vergaderd over een nieuw formulier; die tijd had ik beter aan mijn groep kunnen besteden.")] // time wasted
    [InlineData("De toiletten bij de kleuters zijn nog steeds niet vervangen, ondanks alle beloften.")] // failure that persists
    [InlineData("De communicatie van het bestuursbureau over de nieuwe cao laat te wensen over.")] // leaves to be desired
    [InlineData("Studiedag gepland op de vrijdag voor de kerstvakantie. Wie heeft dat nou weer verzonnen?")] // rhetorical question
    [InlineData("Nog maar 9 lesdagen, wie telt er met me mee?")] // countdown with "nog maar"
    [InlineData("Het digibord in groep 4 is al twee maanden stuk.")] // broken for months
    [InlineData("De directie koos een nieuwe rekenmethode zonder de bouwcoördinatoren te raadplegen.")] // without consulting
    [InlineData("Ik snap dat besluit van het bestuur echt niet.")] // not understanding a choice
    public void Check_PoliteComplaintAboutTheOrganisation_IsDoubt(string text) => Assert.Equal(Severity.Doubt, Harm(text));

    [Theory]
    [InlineData("Met alle respect voor iedereen die meeliep: wat een prachtige avondvierdaagse!")]
    [InlineData("De lekkage in de speelzaal is verholpen, vanaf maandag spelen we er weer.")]
    [InlineData("Alweer een studiedag achter de rug, wat hebben we veel geleerd over rekenen.")]
    [InlineData("Wie heeft dit mooie lied voor de kerstviering bedacht? Groep 5!")]
    [InlineData("Het digibord in groep 4 is weer gemaakt, fijn!")]
    [InlineData("Ik snap nu eindelijk hoe breuken werken, zei een leerling vandaag trots.")]
    public void Check_NeutralOrPositiveSchoolNews_IsNotAComplaint(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik ving in de personeelskamer op dat meester Jeroen met pensioen gaat, maar dat is nog niet gezegd.")] // overheard
    [InlineData("Vertel het tegen niemand, maar de verbouwing van Het Kompas gaat niet door.")] // secrecy
    [InlineData("De fusie is zo goed als rond; de GMR moet er alleen nog mee instemmen.")] // pending approval
    [InlineData("Voor wie er niet was: de actiepunten uit het directieoverleg van vanochtend staan hieronder.")] // meeting notes
    [InlineData("Ik mag er officieel nog niets over vertellen, maar onze IB'er stopt ermee.")] // may not tell yet
    [InlineData("Het jaarplan van Het Kompas is nog niet goedgekeurd door het bestuur, maar ik deel alvast de eerste pagina.")] // not yet adopted
    [InlineData("De uitkomsten van de personeelspeiling: 30 procent van het team denkt aan vertrek.")] // internal survey figures
    [InlineData("Via via gehoord dat De Regenboog na de zomer een nieuwe directeur krijgt.")] // overheard appointment
    [InlineData("De schoolbus naar Het Kompas wordt misschien geschrapt, het bestuur moet nog een besluit nemen.")] // pending decision
    public void Check_ConfidentialNewsHinted_Blocks(string text) => Assert.True(Confidential(text), text);

    [Theory]
    [InlineData("Zoals in de nieuwsbrief aangekondigd hoorde u al dat juf Anne met pensioen gaat.")]
    [InlineData("Het verslag van de openbare MR-vergadering staat op de website.")]
    [InlineData("De GMR heeft ingestemd met het nieuwe vakantierooster; het staat in de schoolgids.")]
    [InlineData("Het jaarplan van Het Kompas is goedgekeurd door het bestuur en staat op de website.")]
    public void Check_AnnouncedNews_IsNotConfidential(string text) => Assert.False(Confidential(text), text);

    [Theory]
    [InlineData("De kinderen smullen van 'Mijn broer is een Sukkel' uit de schoolbieb.")] // a title after a preposition
    [InlineData("Groep 6 is gek op 'Die meester is een Sukkel', deel 3 komt binnenkort.")]
    [InlineData("In de bovenbouw lezen kinderen graag 'Mijn broer is een Sukkel' van Anna Vos.")] // a title by its author
    public void Check_InsultWordInATitle_IsNotAnInsult(string text) => Assert.Null(TestChecker.School(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Groep 6 is gek op 'die meester is een sukkel', deel 3 komt binnenkort.")] // no capital: words, not a title
    [InlineData("Over die nieuwe collega zeg ik maar dit: 'Mijn collega is een Sukkel'.")] // after a colon: said, not a title
    [InlineData("Die nieuwe collega is echt een 'Idioot'.")] // after an article, not a title cue
    public void Check_InsultInQuotesThatIsNoTitle_StillBlocks(string text) => Assert.Equal(Severity.Block, TestChecker.School(text).SeverityOf(Categories.HarmfulStatement));

    [Fact]
    public void Check_SayingOfAFamousEducator_IsNotAQuote()
    {
        Assert.False(TestChecker.School("Janusz Korczak schreef: 'Kinderen worden niet pas mensen, ze zijn het al.'").Has(Categories.Quote));
        Assert.False(TestChecker.School("'Wie vraagt, wil weten', zei Socrates. Vandaag stelden de kinderen zelf de vragen.").Has(Categories.Quote));
        Assert.True(TestChecker.School("Juf Linda schreef: 'Kinderen worden niet pas mensen, ze zijn het al.'").Has(Categories.Quote));
    }

    [Fact]
    public void Check_DiseaseBesideTreatmentOrFundraiser_IsNotProfanity()
    {
        Assert.False(TestChecker.School("De sponsorloop bracht geld op voor een centrum dat kinderen met kanker behandelt.").Has(Categories.Profanity));
        Assert.True(TestChecker.School("Wat een kanker kinderen zitten er in die bus.").Has(Categories.Profanity));
    }
}
