namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-first pass (hate27), each pattern in five sentences written for this test in other words
/// than the batches, with five allowed look-alikes beside it, judged by the rules alone: a group behind everything ("achter
/// alles", in either order), an identity called a fad, only a phase or not real, a gender identity called the other sex
/// confused or dressed up, a group declared a burden by a pronoun after it is named, removal told in the passive, and a
/// group's house flattened (a building, also by a compound's last part). Fixchecks4 added the reviewer's harmless sentences
/// (and one more each) that hold what the line requires: a look-alike that lacks it cannot show that the line is too broad.
/// </summary>
public class ThirtyFirstPassHate27PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Die Chinezen zitten achter alles wat er in de stad gebeurt.")]
    [InlineData("Achter alles wat er in dit land misloopt zitten de moslims.")]
    [InlineData("De joden zaten achter alles, ook achter die crisis.")]
    [InlineData("Achter alles wat hier verkeerd gaat zaten de Turken.")]
    [InlineData("Marokkanen zitten achter alles, let maar op.")]
    public void Check_AGroupBehindEverything_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze Poolse buurvrouw zit achter alles aan wat met de school te maken heeft.")]
    [InlineData("De conciërge zit achter alles wat kapot gaat.")]
    [InlineData("Achter alles wat we doen zit een plan van de directie.")]
    [InlineData("Joden zitten niet achter alles, leggen we in groep 8 uit.")]
    [InlineData("Achter alles wat de kinderen maken zit veel werk.")]
    public void Check_BehindEverythingWithoutAGroup_OrDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Lesbisch zijn is gewoon een fase bij die meiden.")]
    [InlineData("Transgender is een modeverschijnsel van deze tijd.")]
    [InlineData("Homoseksueel bestaat niet, je kiest ervoor.")]
    [InlineData("Biseksuelen zijn maar een fasetje, dat groeit er wel uit.")]
    [InlineData("Mijn neef zegt dat hij homo is. Dat is maar een fase.")]
    public void Check_AnIdentityCalledAPhaseOrAFad_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De koppigheid van een peuter is een fase.")]
    [InlineData("Voor Oekraïense leerlingen is dit een fase van wennen aan de taal.")]
    [InlineData("Een Turks woord voor sneeuw bestaat niet, zei Sara in haar spreekbeurt.")]
    [InlineData("Homo zijn is geen fase, zei de voorlichter in groep 8.")]
    [InlineData("De pubertijd is maar een fase, lieve ouders.")]
    [InlineData("Onze Syrische leerlingen hebben vaak heimwee. Dat is maar een fase.")]
    [InlineData("Veel ouderen voelen zich eenzaam. Het is maar een fase na het verlies van een partner, zegt de GGD.")]
    [InlineData("Mijn Poolse buurvrouw mist haar familie erg. Dat is maar een fase, zegt ze zelf.")]
    public void Check_APhaseOfGrowingUp_OrDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Transvrouwen zijn gewoon verklede mannen.")]
    [InlineData("Die transmannen zijn verwarde meisjes.")]
    [InlineData("Transgenders zijn verwarde jongens en meisjes.")]
    [InlineData("Transmannen zijn nep mannen.")]
    [InlineData("Die transvrouwen zijn allemaal verklede jongens.")]
    public void Check_AGenderIdentityCalledTheOtherSexConfused_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Bij het carnaval van groep 5 liepen verklede jongens als prinses rond.")]
    [InlineData("Een transman vertelde over zijn werk als verpleegkundige.")]
    [InlineData("Transmannen zijn gewoon mannen, legde de juf uit.")]
    [InlineData("De verwarde man bij het station werd door de politie geholpen.")]
    [InlineData("Transvrouwen zijn geen verklede mannen.")]
    public void Check_DressingUp_OrARealStory_OrADenial_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Al die bejaarden in het verzorgingshuis. Ze zijn een kostenpost voor iedereen.")]
    [InlineData("Gehandicapten? Ze zijn een last voor de belastingbetaler.")]
    [InlineData("Over de asielzoekers: zij zijn een blok aan het been van de gemeente.")]
    [InlineData("Ouderen moeten plaatsmaken, zij zijn een ballast voor de jongeren.")]
    [InlineData("Die Roemenen in de wijk, ze zijn een last voor de buurt.")]
    public void Check_AGroupDeclaredABurdenByAPronoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De gymtas is een last voor de kleuters, ze zijn zo klein.")]
    [InlineData("Ouderen helpen in de bieb. Ze zijn geen last maar een zegen.")]
    [InlineData("Onze Syrische ouders organiseren het buffet; ze zijn een steun voor het team.")]
    [InlineData("De schoolreis is duur. Ze is een last voor sommige gezinnen.")]
    [InlineData("Voor veel 65-plussers is de digitale post een last.")]
    [InlineData("Ouderen voelen zich vaak een last voor hun kinderen. Ze zijn een last voor niemand, zeggen wij: kom gezellig langs!")]
    [InlineData("Onze oudere vrijwilligers zeggen soms sorry voor hun tempo. Zij zijn een last voor niemand!")]
    public void Check_ALoadOfAThing_OrPraise_OrADenial_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die zigeuners moeten weggevaagd worden.")]
    [InlineData("Alle Somaliërs mogen wat mij betreft opgeruimd worden.")]
    [InlineData("Opgeruimd moeten ze worden, die Antillianen.")]
    [InlineData("Moslims zouden uitgeroeid moeten worden.")]
    [InlineData("Die Roemenen moeten gewoon weggejaagd worden.")]
    public void Check_RemovalToldInThePassive_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De klas moet opgeruimd worden voor de ouderavond.")]
    [InlineData("De blokken moeten opgeruimd worden, zegt juf Noor.")]
    [InlineData("De mokken van de Turkse les moeten nog opgeruimd worden.")]
    [InlineData("Ratten moeten weggejaagd worden bij de schuur.")]
    [InlineData("Na het feest moeten de slingers opgeruimd worden.")]
    public void Check_ThingsTidied_OrAnimals_OrADenial_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die moskeetorens moeten plat.")]
    [InlineData("Al die synagogen mogen met de grond gelijk.")]
    [InlineData("Die minaretten moeten tegen de grond.")]
    [InlineData("Alle hindoetempels moeten plat.")]
    [InlineData("Die gebedshuizen van hun moeten tegen de grond.")]
    public void Check_AGroupsHouseFlattened_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die oude schuur moet plat voor de nieuwe gymzaal.")]
    [InlineData("De moskeetoren wordt gerestaureerd, groep 7 ging kijken.")]
    [InlineData("Die moskee moet tegen de grond vanwege asbest, meldt de gemeente.")]
    [InlineData("Die tempels moeten niet plat, ze zijn eeuwenoud.")]
    [InlineData("Al die blokkentorens moeten plat voor het opruimen.")]
    [InlineData("Alle moskeetekeningen moeten plat in de la om te drogen.")]
    [InlineData("We bouwen tempels van klei in groep 6. Alle tempels mogen plat op de tafel.")]
    [InlineData("Alle tempelfoto's moeten plat in het album.")]
    public void Check_ABuildingPulledDownForAReason_OrAThing_IsAllowed(string text) => Assert.Null(Harm(text));
}
