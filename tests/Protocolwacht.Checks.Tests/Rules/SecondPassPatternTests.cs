namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and patterns of issue 9's second pass, each with sentences written for this test (not
/// taken from a corpus): hate as conduct, removal, denied ability and pronoun reference; warnings as
/// threats; copyright, quotes, sources, confidential hints and sensitive facts judged from classes.
/// </summary>
public class SecondPassPatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Bulgaren liegen en bedriegen waar je bij staat.")] // bad conduct of a whole group
    [InlineData("Pak al die Afghanen op en stuur ze terug.")] // removal verbs
    [InlineData("Typisch die Roemenen, altijd gedoe op straat.")] // "typisch" generalisation
    [InlineData("Moslima's kunnen gewoon niet autorijden.")] // denied ability
    [InlineData("Arabieren horen hier niet.")] // negation after a belonging verb
    [InlineData("Somaliërs zijn minder intelligent dan wij.")] // "minder" + positive
    [InlineData("Er komt een opvang voor asielzoekers. Ik zeg het eerlijk. Ze moeten hier weg.")] // pronoun two sentences on
    [InlineData("Die Marokanen zijn allemaal tuig.")] // a letter dropped
    public void Check_GroupHateByPattern_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ouderen kunnen niet altijd goed horen, praat dus rustig en duidelijk.")]
    [InlineData("Wie 'stomme Turk' roept, hoort niet op ons plein thuis.")]
    [InlineData("Veel vluchtelingen hebben last van wat ze hebben meegemaakt.")]
    public void Check_GroupMentionThatIsNotHate_IsNotHarmful(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_ReplyTakingUpTheGroupOfTheMessage_Blocks()
    {
        var reply = new ReplyContext(ReplyRole.Public, "Iemand", "In onze wijk wonen steeds meer statushouders.");

        var result = TestChecker.Personal("Inderdaad. Ze stelen en ze werken niet.", "bas.meijer", reply);

        Assert.Equal(Severity.Block, result.SeverityOf(Categories.HarmfulStatement));
    }

    [Theory]
    [InlineData("Die gozer van de garage moet maar eens goed oppassen.")]
    [InlineData("Kijk maar uit, jij, ik weet wie je bent.")]
    public void Check_WarningAimedAtSomeone_IsAThreat(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kinderen, kijk maar goed uit bij het oversteken!")]
    [InlineData("Pas maar goed op jezelf in de vakantie.")]
    [InlineData("Met groep 6 hebben we een mol gezien in de schooltuin.")]
    public void Check_CareOrAnimal_IsNotAThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De fotograaf gaf geen toestemming, maar ik plaats zijn plaatje toch.")]
    [InlineData("Een licentie voor dit liedje was te duur, dus we gebruiken het gewoon.")]
    [InlineData("Ik heb de volledige les uit de rekenmethode overgetypt voor jullie.")]
    [InlineData("Hieronder de complete liedtekst van ons lievelingslied van de radio.")]
    public void Check_TextSayingAWorkIsCopiedWithoutPermission_BlocksCopyright(string text) =>
        Assert.Equal(Severity.Block, TestChecker.Personal(text).SeverityOf(Categories.Copyright));

    [Theory]
    [InlineData("Met toestemming van de uitgever lezen we het hele boek voor op YouTube.")]
    [InlineData("De ouders gaven geen toestemming voor foto's, dus die plaatsen we niet.")]
    [InlineData("Ons eigen lied hebben we helemaal zelf geschreven.")]
    public void Check_PermissionGivenOrNoWork_IsNoCopyright(string text) =>
        Assert.Null(TestChecker.Personal(text).SeverityOf(Categories.Copyright));

    [Theory]
    [InlineData("Wat zeiden de kleuters over het bezoek aan de brandweer? 'De ladder was hoger dan ons hele huis!'")]
    [InlineData("'Juf, mogen we morgen weer buiten rekenen?' Groep 4 is om.")]
    [InlineData("Een vader noemde onze juffen 'de liefste van het hele dorp'.")]
    [InlineData("Volgens de logopedist praten onze peuters 'veel meer dan vorig jaar'.")]
    public void Check_WordsOfAStakeholder_AreAQuote(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.School(text).SeverityOf(Categories.Quote));

    [Theory]
    [InlineData("Vandaag lazen we 'De kleine rups die altijd maar honger had' met de peuters.")]
    [InlineData("Mijn motto: 'Elke dag een nieuwe kans.'")]
    [InlineData("Wie zegt dat jongens niet kunnen dansen, moet onze groep 8 eens zien.")]
    public void Check_TitlesOwnWordsAndHypotheticals_AreNoQuote(string text) =>
        Assert.Null(TestChecker.School(text).SeverityOf(Categories.Quote));

    [Theory]
    [InlineData("Ik las dat kinderen die buiten spelen beter slapen.")]
    [InlineData("Eén op de zes peuters krijgt te weinig beweging.")]
    [InlineData("Goed bewegen helpt bij het leren, blijkt uit onderzoek.")]
    public void Check_ClaimWithoutSource_GivesMissingSourceAdvice(string text) =>
        Assert.Equal(Severity.Advice, TestChecker.Personal(text).SeverityOf(Categories.MissingSource));

    [Theory]
    [InlineData("Dit jaar kwam 96% van onze ouders naar het rapportgesprek.")]
    [InlineData("Volgens recent onderzoek slapen kinderen slechter.")]
    public void Check_OwnFigureOrUnnamedResearch_IsJudgedBySource(string text)
    {
        var result = TestChecker.School(text);
        Assert.Equal(text.Contains("onderzoek", StringComparison.Ordinal), result.Has(Categories.MissingSource));
    }

    [Theory]
    [InlineData("Juf Sanne gaat ons verlaten, maar dat mag ik nog niet zeggen hoor.")]
    [InlineData("Het plan om twee groepen samen te voegen ligt bij de raad van toezicht. Spannend!")]
    [InlineData("Via de wandelgangen hoorde ik dat er een nieuwe directeur komt.")]
    [InlineData("Tussen de twee leerkrachten van groep 6 botert het al weken niet.")]
    public void Check_HintedConfidentialNews_Blocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.Personal(text).SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Liam Brouwer kreeg een 4 voor zijn topotoets.")]
    [InlineData("Na een ongeluk met de fiets ligt Liam Brouwer thuis op de bank.")]
    [InlineData("Na mijn diagnose vorig jaar ben ik blij weer te werken.")]
    [InlineData("Hij was vandaag het doelwit in de klassenapp. Ik maak me zorgen om Liam Brouwer.")]
    public void Check_SensitiveFactWithoutDiagnosisWord_BlocksPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.Personal(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Ons vernieuwde pestprotocol staat op de website.")]
    [InlineData("Groep 5 leerde vandaag alles over de vertering.")]
    public void Check_WordsThatOnlyContainACurse_AreNoProfanity(string text) =>
        Assert.False(TestChecker.School(text).Has(Categories.Profanity));
}
