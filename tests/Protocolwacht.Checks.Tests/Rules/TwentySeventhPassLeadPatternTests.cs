namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 46, judged by the rules alone, in sentences written for this test (all found by
/// fresh33-lead-heldout, where the posts were only doubted or allowed):
/// <list type="bullet">
/// <item>an arrest told in the passive of a pupil's or colleague's relative ("de vader van Emma is opgepakt") is a fact
/// about the family situation (personal data), as prison already was; a task or an idea taken up ("dit punt wordt
/// opgepakt") is none;</item>
/// <item>news of the organisation's change that "may only go out" later, or that the reader is asked to keep to
/// themselves ("Nog niks over zeggen hoor!"), is kept back (confidential); pupils who may only go outside, or a surprise
/// party, are not;</item>
/// <item>eating only soup or porridge from now on, after a condition and said of someone, is a threat told by its result,
/// like the straw before it; the weather, a cold or a baby's food is not.</item>
/// </list>
/// </summary>
public class TwentySeventhPassLeadPatternTests
{
    [Theory]
    [InlineData("De vader van Noah uit groep 7 is vorige week opgepakt.")]
    [InlineData("De broer van Sara werd gisteren door de politie aangehouden.")]
    [InlineData("Ik hoorde dat de moeder van Liam is gearresteerd.")]
    [InlineData("De oom van Julia uit groep 8 werd vannacht opgepakt, ze was er erg van in de war.")]
    [InlineData("Zijn de ouders van Daan echt opgepakt? Hij zit er stil bij in de klas.")]
    public void Check_ARelativesArrest_BlocksPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Dit punt wordt na de vakantie door de ouderraad opgepakt.")]
    [InlineData("Het idee van de vader van een leerling is door het team opgepakt.")]
    [InlineData("Mijn vader werd gisteren met pech opgehaald door de wegenwacht.")]
    [InlineData("De actie voor de voedselbank is door de ouders van groep 5 opgepakt.")]
    [InlineData("In de les over de Tweede Wereldoorlog lazen we hoe verzetsmensen werden opgepakt.")]
    public void Check_ThingsTakenUpOrHistory_AreNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));

    [Theory]
    [InlineData("Juf Linda gaat met pensioen, maar dat mag pas na de kerstvakantie naar buiten.")]
    [InlineData("De directeur stopt ermee. Dat mag pas in maart naar buiten.")]
    [InlineData("De fusie met De Kompas gaat door, dat mocht pas na de vergadering naar buiten.")]
    [InlineData("Volgend jaar moet De Regenboog een groep sluiten. Nog niks over zeggen hoor!")]
    [InlineData("Er komt een reorganisatie op het bestuursbureau, maar nog niets over vertellen aan de ouders.")]
    public void Check_NewsOfChangeKeptBack_BlocksConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("De kinderen mogen pas na de les naar buiten.")]
    [InlineData("De kleuters mogen pas naar buiten als het droog is, besloten we.")]
    [InlineData("We sluiten de ramen en dan mogen de kinderen pas naar buiten.")]
    [InlineData("Opa wordt 80 en we geven een feest. Nog niks over zeggen hoor, het is een verrassing!")]
    [InlineData("Ons nieuwe schoolplein is klaar: de kinderen mogen pas na de officiële opening naar buiten.")]
    public void Check_PlaytimeOrASurprise_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential));

    [Theory]
    [InlineData("Wie mijn scooter heeft gesloopt: als ik je vind, kun je daarna alleen nog soep eten.")]
    [InlineData("Als die vent nog eens aan mijn auto komt, kan hij voortaan alleen nog pap eten.")]
    [InlineData("Raak mijn dochter nog één keer aan en je kunt alleen nog vloeibaar voedsel eten.")]
    [InlineData("Kom nog één keer aan mijn fiets en je eet de rest van je leven alleen nog pap.")]
    [InlineData("Als ik die jongen te pakken krijg, kan hij alleen nog soep drinken.")]
    public void Check_OnlySoupFromNowOn_BlocksAsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Bij dit koude weer wil ik alleen nog soep eten.")]
    [InlineData("Als je griep hebt, kun je het beste alleen nog soep eten.")]
    [InlineData("Onze baby krijgt alleen nog pap, als ze wakker wordt.")]
    [InlineData("Op de kookles maken we soep; de kinderen willen daarna alleen nog soep eten.")]
    [InlineData("Na de operatie mocht opa een week alleen nog vla eten.")]
    public void Check_SoupForTheWeatherAColdOrABaby_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));
}
