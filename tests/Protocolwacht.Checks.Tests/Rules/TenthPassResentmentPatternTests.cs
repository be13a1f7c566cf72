using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's tenth pass (the lead's fresh16 batch), each with a contrast, in
/// sentences written for this test (not taken from a corpus), judged by the rules alone: a group said to have too
/// much power or say ("te veel invloed"), to refuse to adapt, work or learn ("willen zich niet aanpassen"), to come
/// only for benefits with a place or particle before "alleen", to be a burden ("één grote kostenpost"); teeth
/// lying on the street on a condition; and what must pass: "te veel" of other things, one person described by a
/// group adjective, a burden that is a thing, hate someone else wrote followed by a one-word verdict.
/// </summary>
public class TenthPassResentmentPatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Katholieken hebben in dit dorp veel te veel invloed gekregen.")]
    [InlineData("Die Turken hebben hier echt teveel macht in de wijkraad.")]
    [InlineData("Het probleem met die Joden, ze hebben gewoon te veel zeggenschap over de banken.")]
    public void Check_AGroupSaidToHaveTooMuchPower_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Marokkaanse ondernemers hebben te veel last van de nieuwe regels van de gemeente.")]
    [InlineData("Vrouwen kregen in 1919 eindelijk het kiesrecht in Nederland.")]
    [InlineData("Mijn Poolse collega heeft te veel macht in het spel Risk, ik verlies altijd.")]
    public void Check_TooMuchOfSomethingElseOrOnePerson_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Afghanen willen zich nooit aanpassen aan onze normen.")]
    [InlineData("Die Polen wilden hier niet inburgeren, dat zag je meteen.")]
    [InlineData("Die Marokkanen, ze willen gewoon niet werken.")]
    public void Check_AGroupSaidToRefuseToAdaptOrWork_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Polen leren nooit fatsoenlijk Nederlands, ook niet na tien jaar.")]
    [InlineData("Die asielzoekers? Ze leren de taal toch nooit.")]
    [InlineData("Marokkanen integreren nooit, dat is al vijftig jaar zo.")]
    public void Check_AGroupSaidNeverToLearnOrIntegrate_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vluchtelingen leren nooit zomaar een nieuwe taal; ze hebben goede lessen nodig.")]
    [InlineData("Kinderen leren nooit vanzelf lezen, daar is oefening voor nodig.")]
    [InlineData("Mijn Syrische collega werkt nooit op vrijdagmiddag, dan haalt hij zijn dochter op.")]
    public void Check_NeverWithAWayOrOnePerson_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Veel Oekraïners willen graag werken, maar ze mogen het nog niet van de regels.")]
    [InlineData("Mijn Turkse buurvrouw wil niet meedoen aan de loterij, ze vindt het zonde van het geld.")]
    [InlineData("Onze kleuters willen niet leren veters strikken zolang er klittenband bestaat 😄")]
    public void Check_WillingnessOfOnePersonOrAGroupThatWants_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Roemenen komen naar Nederland alleen voor de toeslagen.")]
    [InlineData("Die Somaliërs zitten hier toch alleen maar voor het geld.")]
    [InlineData("Syriërs komen hier echt alleen voor een gratis huis.")]
    public void Check_AGroupSaidToComeOnlyForBenefits_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Oekraïners komen hier alleen via de gemeente aan een woning.")]
    [InlineData("Studenten komen hier alleen voor de bibliotheek, de kantine is dicht.")]
    [InlineData("Eritreeërs werken hier vaak alleen in de zorg en de schoonmaak, bleek uit het onderzoek.")]
    public void Check_OnlyWithoutASelfishAim_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Bejaarden zijn gewoon ballast voor de zorg.")]
    [InlineData("Vluchtelingen zijn één grote kostenpost voor de gemeente.")]
    [InlineData("Gehandicapten zijn een molensteen voor dit land.")]
    public void Check_AGroupCalledABurden_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die kapotte piano is gewoon ballast in de gang.")]
    [InlineData("De nieuwe cv-ketel was een flinke kostenpost, maar hij werkt.")]
    [InlineData("Het schip gooide ballast overboord om sneller te varen.")]
    public void Check_ABurdenThatIsAThing_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als je nog eens aan mijn fiets zit, liggen je tanden op de stoep.")]
    [InlineData("Nog één keer en je kiezen liggen op straat, vriend.")]
    [InlineData("Zeg nog één woord over mijn moeder en je botten liggen op de grond.")]
    public void Check_TeethOnTheStreetOnACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De tanden van de oude kam liggen op de grond.")]
    [InlineData("Mijn melktanden liggen nog in een doosje op zolder.")]
    [InlineData("Als je je tanden niet poetst, krijg je gaatjes.")]
    public void Check_TeethWithoutAThreat_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("'Moslims zijn een plaag', schreef iemand onder mijn foto. Schandalig.")]
    [InlineData("Ik las vandaag online dat Polen allemaal dieven zijn. Echt walgelijk.")]
    [InlineData("Op het schoolplein hoorde ik een vader zeggen dat Turken ratten zijn. Diep triest.")]
    public void Check_HateSomeoneElseSaidWithAOneWordVerdict_IsCounterSpeech(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zeg het gewoon: Polen zijn dieven. Walgelijk volk.")]
    [InlineData("Turken zijn ratten. Walgelijk.")]
    public void Check_HateMadeByTheAuthor_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    // A reply that takes up the group the message it answers names inside a compound ("vluchtelingenkinderen").
    [Theory]
    [InlineData("Er zitten steeds meer asielzoekerskinderen op de basisschool hier.", "Klopt. Ze leren de taal toch nooit en kosten alleen maar geld.")]
    [InlineData("Nieuw in de wijk: een inloopochtend voor moslimvrouwen.", "Ze willen zich gewoon niet aanpassen.")]
    [InlineData("Hoeveel vluchtelingengezinnen komen er in het oude klooster?", "Te veel. Ze hebben hier al te veel rechten.")]
    public void Check_AReplyToAGroupNamedInACompound_Blocks(string message, string reply) =>
        Assert.Equal(Severity.Block, InReplyTo(message, reply));

    [Theory]
    [InlineData("Er zitten steeds meer asielzoekerskinderen op de basisschool hier.", "Klopt, en ze doen het goed. Ze leren de taal snel.")]
    [InlineData("Hoeveel kinderboeken heeft de bibliotheek?", "Te veel om te tellen, en ze willen niet dat je ze mee naar huis neemt zonder pasje.")]
    public void Check_AReplyWithoutResentment_IsNoHate(string message, string reply) => Assert.Null(InReplyTo(message, reply));

    private static Severity? InReplyTo(string message, string reply) =>
        TestChecker.RulesOnly.Check(new CheckRequest(reply, new AccountContext(AccountKind.Personal, null, "x"), "kees.dekker",
            new ReplyContext(ReplyRole.Public, "Henk", message), [])).SeverityOf(Categories.HarmfulStatement);
}
