namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's ninth pass (hate and profanity), each with a contrast, in
/// sentences written for this test (not taken from a corpus), judged by the rules alone: coming away hurt
/// promised on a condition ("niet heelhuids"), knowing someone's street or car, a weapon taken along for the
/// next meeting, a disaster wished on a group ("zou geen verlies zijn als"), a group called a danger in a
/// subordinate clause, "waarom mogen X … nog hier wonen" with adverbs between, a curse with a letter doubled;
/// knowing where the addressee's family is, a disaster hoped for a group;
/// and what must pass: mishaps and the past, a reason for knowing an address, sport and tools, a quoted book's
/// characters, a generalisation denied ("niet alle … zijn lui").
/// </summary>
public class NinthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Als die huisbaas nog één keer zonder te bellen binnenkomt, gaat hij hier niet heelhuids vandaan.")]
    [InlineData("Wie morgen weer aan mijn brievenbus zit, komt niet ongeschonden thuis.")]
    [InlineData("Die deurwaarder moet het wagen om terug te komen, anders gaat hij niet levend weg.")]
    public void Check_ComingAwayHurtOnACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als het morgen zo glad is, kom je niet heelhuids thuis van de schaatsbaan, dus doe voorzichtig.")]
    [InlineData("Het oude servies kwam niet ongeschonden terug van de verhuizing, jammer.")]
    [InlineData("Mijn opa kwam niet heelhuids terug uit de oorlog, vertelde hij vaak.")]
    public void Check_ComingAwayHurtByAMishapOrInThePast_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik ken jouw huis en ik ken jouw fiets. Slaap lekker, Henk.")]
    [InlineData("Ik weet jouw route naar je werk inmiddels, buurman.")]
    [InlineData("Wij kennen jullie straat, hoor. Tot gauw.")]
    public void Check_KnowingSomeonesStreetOrCar_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik ken jouw straat wel, want mijn tante woont op nummer 4.")]
    [InlineData("Ken je het huis van Anne Frank? Ik was er gisteren.")]
    [InlineData("Ik weet je adres niet meer, omdat je verhuisd bent: stuur je het even?")]
    [InlineData("Ik weet waar je woont, want ik heb je kerstkaart nog liggen.")]
    public void Check_KnowingAnAddressForAReason_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die hangjongeren vanavond weer bij de bushalte staan, neem ik een knuppel mee.")]
    [InlineData("Volgende keer dat die vent aanbelt, neem ik mijn bijl mee naar de deur.")]
    [InlineData("Wie morgen weer op mijn parkeerplek staat: ik neem mijn honkbalknuppel mee.")]
    public void Check_WeaponTakenAlongForTheNextMeeting_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zaterdag neem ik mijn honkbalknuppel mee naar de training, het seizoen begint.")]
    [InlineData("Als het regent neem ik een paraplu mee naar de markt.")]
    [InlineData("Volgende keer neem ik mijn zakmes mee op de kampeertocht, handig voor het touw.")]
    public void Check_WeaponOrToolTakenAlongWithoutSomeone_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Het zou geen verlies zijn als dat hele azc in de brand vliegt.")]
    [InlineData("Geen ramp als die Polen allemaal verdrinken in dat kanaal.")]
    [InlineData("Zou echt geen gemis zijn als die moslims morgen verdwijnen.")]
    public void Check_DisasterWishedOnAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het zou geen verlies zijn als die saaie vergadering op maandag verdwijnt.")]
    [InlineData("Geen ramp als de trein te laat is, we hebben tijd genoeg.")]
    [InlineData("Het is een groot verlies dat de moskee in onze wijk na de brand moet sluiten.")]
    public void Check_NoLossWithoutAGroupOrDisaster_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik denk echt dat moslims een bedreiging vormen voor onze cultuur.")]
    [InlineData("Klopt het dat transgenders een gevaar zijn voor meisjes in de kleedkamer?")]
    [InlineData("Iedereen weet dat asielzoekers een last zijn voor de gemeente.")]
    [InlineData("Is het niet zo dat Roma een last zijn voor elke gemeente?")]
    [InlineData("Is het eigenlijk niet gewoon zo dat moslims een bedreiging vormen voor ons?")]
    [InlineData("Maar is het nou niet zo dat Polen een kostenpost zijn voor de zorg?")]
    public void Check_GroupCalledADangerInASubordinateClause_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik denk niet dat moslims een bedreiging vormen voor wie dan ook.")]
    [InlineData("Wist je dat gladheid een gevaar is voor fietsers?")]
    [InlineData("Vrouwen lopen in sommige landen gevaar als ze gaan stemmen.")]
    public void Check_DangerNegatedOrNotAGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom mogen Somaliërs eigenlijk nog steeds zomaar in dit land blijven?")]
    [InlineData("Waarom mag die Turk nou nog altijd gewoon hier wonen?")]
    [InlineData("Waarom mogen Eritreeërs toch eigenlijk nog in Nederland komen?")]
    public void Check_WhyMayAGroupStillLiveHere_WithAdverbs_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom mogen Oekraïners eigenlijk nog steeds niet in Nederland werken of wonen?")]
    [InlineData("Waarom mogen kinderen van statushouders nergens zomaar in dit land sporten? Oprechte vraag.")]
    [InlineData("Mogen Syriërs hier wonen? Ja, en ze zijn welkom.")]
    public void Check_QuestionsAboutAGroupsRights_NegatedOrWelcoming_AreNoHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Krijg toch de teering, stomme printer.")]
    [InlineData("Wat een kankkerweer vandaag.")]
    [InlineData("Tyffus, alweer mijn sleutels kwijt.")]
    public void Check_CurseWithALetterDoubled_IsProfanity(string text) => Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("Mijn overgrootvader had de tering, tegenwoordig zeggen we tbc.")]
    [InlineData("Wat een mooie kakkerlak zat er in het insectenmuseum.")]
    [InlineData("De kuttekovense fanfare speelde prachtig.")]
    public void Check_WordsNearACurse_AreNoProfanity(string text) => Assert.Null(Profanity(text));

    [Theory]
    [InlineData("Net 'De Heksen' van Roald Dahl voorgelezen, wat een gemene vieze heksen zijn dat toch 😂")]
    [InlineData("'Het Bittere Kruid' van Marga Minco gelezen: de NSB'ers erin zijn echte ratten.")]
    [InlineData("We kijken 'Matilda' van Roald Dahl, die directrice is zo'n walgelijk mens haha.")]
    public void Check_CharactersOfAQuotedWork_AreNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die nieuwe buurvrouw is zo'n walgelijk mens, echt.")]
    [InlineData("Wat een vieze wijven zijn het daar op kantoor.")]
    [InlineData("Mijn schoonmoeder is een gemene rat.")]
    public void Check_TheSameWordsAboutRealPeople_Block(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Niet alle pubers zijn brutaal, mijn nichtje helpt elke week in de buurtkamer.")]
    [InlineData("Niet elke Marokkaan is een crimineel, hoe vaak moet ik dat nog zeggen.")]
    [InlineData("Niet alle mannen in de bouw zijn onbeschoft hoor.")]
    public void Check_AGeneralisationDenied_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Alle pubers zijn brutaal en lui.")]
    [InlineData("Elke Marokkaan is een crimineel.")]
    [InlineData("Niet dat het uitmaakt, maar alle mannen in de bouw zijn onbeschoft.")]
    public void Check_AGeneralisationNotDenied_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet precies op welke school jouw zoon zit, Marco.")]
    [InlineData("Wij weten inmiddels hoe laat jullie moeder van haar werk thuiskomt.")]
    [InlineData("Ik weet waar jouw kinderen elke zaterdag sporten.")]
    public void Check_KnowingWhereTheAddresseesFamilyIs_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet niet op welke school jouw zoon zit, welke is het?")]
    [InlineData("Weet jij waar mijn dochter haar jas heeft gelaten?")]
    [InlineData("Ik weet waar jouw kinderen sporten, want ik breng de mijne daar ook heen.")]
    public void Check_AskingOrExplainingWhereFamilyIs_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik hoop dat die hele moskee een keer afbrandt.")]
    [InlineData("Hopelijk? Nee, ik hoop gewoon dat die asielzoekers verzuipen onderweg.")]
    [InlineData("Ik hoop dat al die Roemenen creperen in hun caravans.")]
    public void Check_DisasterHopedForAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik hoop dat niemand omkomt bij de brand in de moskee, wat verschrikkelijk.")]
    [InlineData("Ik hoop dat de vluchtelingen op die boot niet verdrinken.")]
    [InlineData("Ik hoop dat mijn oude laptop eindelijk doodgaat, dan krijg ik een nieuwe.")]
    public void Check_HopeForSafetyOrWithoutAGroup_IsNoHate(string text) => Assert.Null(Harm(text));
}
